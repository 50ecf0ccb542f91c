"""Find, run and check the snippets under snippets/ — the one harness every test uses.

A snippet is a complete program ``snippets/<page path>/<idea>.py``. Its expected output is either

* inline: ``#> `` comments under each ``print`` (pytest-examples runs it in-process), or
* a file: ``<idea>.out`` holding the stdout of a real run; the snippet then runs as a script in a
  session of its own, as ``python idea.py`` would, once per multiprocessing start method when it
  uses multiprocessing. Where the output truly differs, variants sit beside it, each from a real
  run: ``<idea>[.<start method>][.ft][.py<version>].out`` (see ``OutVariant``).

``run.toml`` beside the snippets holds per-snippet options (see ``Options``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import fcntl
import os
import re
import signal
import platform
import subprocess
import sys
import sysconfig
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# SNIPPETS_ROOT points the one snippet test at another tree (the harness's own fixtures).
SNIPPETS = Path(os.environ.get("SNIPPETS_ROOT") or ROOT / "snippets").resolve()
DOCS = ROOT / "docs"
RUNNER = Path(__file__).resolve().parent / "run_snippet.py"
sys.path.insert(0, str(ROOT / "assets/hooks"))
from facts import START_METHODS, no_wheels  # noqa: E402  (shared with the site's hooks)
from tests.services import SERVICES  # noqa: E402
INLINE_OUTPUT = re.compile(r"^\s*#> ", re.M)
USES_PROCESSES = re.compile(r"\bmultiprocessing\b|\bProcessPoolExecutor\b")
USES_SHARED_MEMORY = re.compile(r"\bshared_memory\b|\bSharedMemory\w*\b|\bShareableList\b")
DECIMAL = re.compile(r"-?\d+\.\d+")
# Outputs that print a snippet's own path show the repository at this path, wherever it is
# checked out (a fresh clone in CI, a reader's copy): the harness writes and compares it so.
SHOWN_ROOT = "/work/main"

# The interpreter running this file: which expected-output variant applies, what the badge says.
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
VERSION = sys.version_info[:3]
PYTHON = platform.python_version() + ("t" if FREE_THREADED else "")  # e.g. 3.14.10, 3.13.15t
TAG = f"{VERSION[0]}.{VERSION[1]}" + ("t" if FREE_THREADED else "")  # as the matrix names it: 3.13t
OUT_NAME = re.compile(
    r"^(?P<stem>[^.]+)(?:\.(?P<method>fork|spawn|forkserver))?(?:\.(?P<ft>ft))?"
    r"(?:\.py(?P<since>\d+\.\d+(?:\.\d+)?))?\.out$"
)


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


class SnippetError(AssertionError):
    """A snippet broke a promise of the site; the message names the file."""


@dataclasses.dataclass(frozen=True)
class Options:
    """How to run one snippet; set in the ``run.toml`` next to it, one table per file stem."""

    unordered: bool = False  # lines may come in any order: compare as multisets
    vary: tuple[str, ...] = ()  # regexes whose matched text may differ between runs
    approx: float | None = None  # tolerance for decimal numbers: |a-e| <= approx*|e| + 0.05
    timeout: float = 10.0  # seconds before the run counts as hung
    start_methods: tuple[str, ...] | None = None  # None: all three if it uses multiprocessing
    python: str | None = None  # minimum Python version, e.g. "3.13" or "3.13.8"
    skip_free_threaded: str = ""  # why it cannot run on a free-threaded build (shown on its page)
    needs: tuple[str, ...] = ()  # pyproject dependency groups it imports; see NO_WHEELS in noxfile.py
    services: tuple[str, ...] = ()  # servers the suite starts for it (tests/services.py), e.g. postgres
    stderr: str = "empty"  # "empty" | "ignore" | "merge"
    returncode: int = 0
    exclusive: bool = False  # run alone (timing measurements); shared-memory snippets always do

    @classmethod
    def from_table(cls, where: str, table: dict) -> Options:
        fields = {f.name for f in dataclasses.fields(cls)}
        unknown = set(table) - fields
        if unknown:
            raise SnippetError(f"{where}: unknown option(s) {sorted(unknown)}; known: {sorted(fields)}")
        values = dict(table)
        for key in ("vary", "start_methods", "needs", "services"):
            if key in values:
                values[key] = tuple(values[key])
        if values.get("stderr", "empty") not in ("empty", "ignore", "merge"):
            raise SnippetError(f"{where}: stderr must be 'empty', 'ignore' or 'merge'")
        groups = dependency_groups()
        for group in values.get("needs", ()):
            if group not in groups:
                raise SnippetError(f"{where}: needs {group!r}, which pyproject.toml has no dependency group for")
        for service in values.get("services", ()):
            if service not in SERVICES:
                raise SnippetError(f"{where}: unknown service {service!r}; known: {list(SERVICES)}")
        for method in values.get("start_methods") or ():
            if method not in START_METHODS:
                raise SnippetError(f"{where}: unknown start method {method!r}")
        for rx in values.get("vary", ()):
            try:
                re.compile(rx)
            except re.error as exc:
                raise SnippetError(f"{where}: bad vary regex {rx!r}: {exc}") from None
        return cls(**values)


@dataclasses.dataclass(frozen=True)
class OutVariant:
    """One expected-output file and the runs it is for.

    ``<idea>.out`` is for every run; ``.fork``/``.spawn``/``.forkserver`` narrows it to a start
    method, ``.ft`` to free-threaded builds, ``.py3.14`` (or ``.py3.13.8``) to that version and
    later. A run takes the most specific file that applies: start method, then build, then version.
    """

    path: Path
    method: str | None
    free_threaded: bool
    since: tuple[int, ...] | None

    @classmethod
    def parse(cls, path: Path) -> OutVariant | None:
        m = OUT_NAME.match(path.name)
        if not m:
            return None
        return cls(path, m["method"], bool(m["ft"]), version_tuple(m["since"]) if m["since"] else None)

    def applies(self, method: str | None, free_threaded: bool, version: tuple[int, ...]) -> bool:
        return (
            self.method in (None, method)
            and (free_threaded or not self.free_threaded)
            and (self.since is None or version >= self.since)
        )

    @property
    def rank(self) -> tuple:
        return (self.method is not None, self.free_threaded, self.since or ())

    @property
    def is_base(self) -> bool:
        return self.rank == (False, False, ())


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path
    options: Options

    @property
    def display(self) -> str:
        """The path as a reader or a failing test names it."""
        return _shown(self.path)

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def inline(self) -> bool:
        return bool(INLINE_OUTPUT.search(self.source))

    @property
    def out_files(self) -> list[Path]:
        """Every expected-output file of this snippet, including names the harness cannot read."""
        stem = self.path.stem
        return sorted(p for p in self.path.parent.glob(f"{stem}.*out") if p.name.split(".")[0] == stem)

    @property
    def variants(self) -> list[OutVariant]:
        return [v for v in map(OutVariant.parse, self.out_files) if v is not None]

    def out_variant(
        self, method: str | None, free_threaded: bool = FREE_THREADED, version: tuple[int, ...] = VERSION
    ) -> OutVariant | None:
        """The expected output for a run under ``method`` on this build and version, if any."""
        fitting = [v for v in self.variants if v.applies(method, free_threaded, version)]
        return max(fitting, key=lambda v: v.rank) if fitting else None

    @property
    def start_methods(self) -> tuple[str | None, ...]:
        if self.options.start_methods is not None:
            return tuple(self.options.start_methods) or (None,)
        if USES_PROCESSES.search(self.source):
            return START_METHODS
        return (None,)

    @property
    def exclusive(self) -> bool:
        # A snippet that needs a server runs in the one-at-a-time phase: one server per phase.
        return self.options.exclusive or bool(self.options.services) or bool(USES_SHARED_MEMORY.search(self.source))

    def skip_reason(
        self, free_threaded: bool = FREE_THREADED, version: tuple[int, ...] = VERSION, tag: str = TAG
    ) -> str | None:
        for group in self.options.needs:
            if why := no_wheels().get(group, {}).get(tag):
                return f"{self.display} needs {group}, not installed on {tag}: {why}"
        if self.options.python:
            wanted = version_tuple(self.options.python)
            if version[: len(wanted)] < wanted:
                return f"{self.display} needs Python >= {self.options.python}"
        if free_threaded and self.options.skip_free_threaded:
            return f"{self.display}: not on a free-threaded build: {self.options.skip_free_threaded}"
        return None


@functools.cache
def dependency_groups() -> frozenset[str]:
    return frozenset(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"])


def load_options(directory: Path) -> dict[str, Options]:
    toml = directory / "run.toml"
    if not toml.exists():
        return {}
    where = toml.relative_to(ROOT).as_posix() if toml.is_relative_to(ROOT) else str(toml)
    try:
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SnippetError(f"{where}: {exc}") from None
    shared = data.pop("*", {})  # ["*"]: options for every snippet of the directory
    Options.from_table(f'{where} ["*"]', shared)
    options = {}
    for stem, table in data.items():
        if not (directory / f"{stem}.py").exists():
            raise SnippetError(f"{where}: [{stem}] names no snippet ({stem}.py does not exist)")
        options[stem] = Options.from_table(f"{where} [{stem}]", {**shared, **table})
    for path in directory.glob("*.py"):
        options.setdefault(path.stem, Options.from_table(f'{where} ["*"]', shared))
    return options


def find_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    found = []
    for directory in sorted({p.parent for p in root.rglob("*.py")}):
        options = load_options(directory)
        for path in sorted(directory.glob("*.py")):
            found.append(Snippet(path, options.get(path.stem, Options())))
    return found


def check_has_output(snippet: Snippet, update: bool = False) -> None:
    has_files = bool(snippet.out_files)
    unreadable = [p.name for p in snippet.out_files if OutVariant.parse(p) is None]
    if unreadable:
        raise SnippetError(
            f"{snippet.display}: {', '.join(unreadable)}: not an expected-output name the harness "
            "knows (<idea>[.fork|.spawn|.forkserver][.ft][.py<version>].out)"
        )
    if snippet.inline and snippet.options.services:
        raise SnippetError(f"{snippet.display}: needs a server, so its output goes in a .out file, not `#>` comments")
    if snippet.inline and has_files:
        names = ", ".join(p.name for p in snippet.out_files)
        raise SnippetError(f"{snippet.display}: has both `#>` comments and {names}; keep one")
    if not snippet.inline and not has_files and not update:
        raise SnippetError(
            f"{snippet.display}: no expected output: add `#>` comments under its prints, or create "
            f"{snippet.path.with_suffix('.out').name} from a real run with `pytest --update-examples`"
        )
    if snippet.inline and snippet.start_methods != (None,):
        raise SnippetError(
            f"{snippet.display}: a multiprocessing snippet cannot use inline `#>` output "
            "(pytest-examples runs it in-process, where spawn children cannot re-import it); "
            "use a .out file"
        )


# --- comparing output -----------------------------------------------------------------------


def _normalise(text: str, vary: tuple[str, ...]) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    for rx in vary:
        lines = [re.sub(rx, "<varies>", line) for line in lines]
    return lines


def _line_matches(expected: str, actual: str, approx: float | None) -> bool:
    if expected == actual:
        return True
    if approx is None:
        return False
    if DECIMAL.sub("#", expected) != DECIMAL.sub("#", actual):
        return False
    for e, a in zip(DECIMAL.findall(expected), DECIMAL.findall(actual)):
        e_val, a_val = float(e), float(a)
        if abs(a_val - e_val) > approx * abs(e_val) + 0.05:
            return False
    return True


def output_mismatch(expected: str, actual: str, options: Options) -> str | None:
    """None if ``actual`` stdout matches ``expected`` under ``options``, else a readable diff."""
    exp = _normalise(expected, options.vary)
    act = _normalise(actual, options.vary)
    if options.unordered:
        key = lambda line: DECIMAL.sub("#", line)  # noqa: E731
        exp_cmp, act_cmp = sorted(exp, key=key), sorted(act, key=key)
    else:
        exp_cmp, act_cmp = exp, act
    if len(exp_cmp) == len(act_cmp) and all(
        _line_matches(e, a, options.approx) for e, a in zip(exp_cmp, act_cmp)
    ):
        return None
    diff = difflib.unified_diff(exp_cmp, act_cmp, "expected", "actual", lineterm="", n=2)
    notes = []
    if options.unordered:
        notes.append("(lines compared in sorted order: unordered = true)")
    if options.vary:
        notes.append(f"(varying parts shown as <varies>: {list(options.vary)})")
    return "\n".join([*notes, *diff])


# --- running as a script ----------------------------------------------------------------------


@dataclasses.dataclass
class RunResult:
    stdout: str
    stderr: str
    returncode: int
    seconds: float


@contextlib.contextmanager
def run_lock(exclusive: bool) -> Iterator[None]:
    """Readers-writer lock across xdist workers: exclusive snippets (timings, /dev/shm) run alone.

    Writer-preferring: every run first passes a turnstile, which a waiting exclusive run holds,
    so a steady stream of shared runs cannot starve it.
    """
    tmp = Path(tempfile.gettempdir())
    with open(tmp / f"snippet-harness-{os.getuid()}.turnstile", "a") as gate, open(
        tmp / f"snippet-harness-{os.getuid()}.lock", "a"
    ) as main:
        fcntl.flock(gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(main, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(main, fcntl.LOCK_UN)


def _shm_entries() -> set[str]:
    """Named shared-memory segments; multiprocessing's own semaphores (sem.*) are not ours to judge."""
    shm = Path("/dev/shm")
    return {p.name for p in shm.iterdir() if not p.name.startswith("sem.")} if shm.is_dir() else set()


def _group_members(pgid: int, include_zombies: bool = True) -> list[str]:
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...
        comm_end = text.rfind(")")
        fields = text[comm_end + 2 :].split()
        if len(fields) > 2 and int(fields[2]) == pgid:
            if not include_zombies and fields[0] in ("Z", "X"):
                continue
            members.append(f"pid {stat.parent.name} {text[text.find('(') : comm_end + 1]} state {fields[0]}")
    return members


def _group_alive(pgid: int) -> bool:
    """True while a process of the group still runs.

    A zombie has exited; it only waits to be reaped by whoever adopted it (the resource tracker
    and forkserver outlive the script, so that is init, which may take seconds). Not a leak.
    """
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return bool(_group_members(pgid, include_zombies=False))


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # Unbuffered output would hide a child whose buffered prints are lost at exit.
    env.pop("PYTHONUNBUFFERED", None)
    env.pop("PYTHONSTARTUP", None)
    # Tools a snippet runs (pytest's report) fit their lines to COLUMNS, and pytest stops
    # shortening its summary when CI or BUILD_NUMBER is set: outputs are made at 80, outside CI.
    for name in ("COLUMNS", "LINES", "CI", "BUILD_NUMBER"):
        env.pop(name, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_script(snippet: Snippet, method: str | None, env: dict[str, str] | None = None) -> RunResult:
    """Run the snippet like ``python file.py`` in a new session; fail on hang, leak or bad exit.

    ``env``: extra environment, e.g. how to reach the servers the suite started for it.
    """
    options = snippet.options
    cmd = [sys.executable, str(RUNNER)]
    if method:
        cmd += ["--start-method", method]
    cmd.append(str(snippet.path))
    merge = options.stderr == "merge"
    env = _child_env() | (env or {})
    if merge:
        env["PYTHONUNBUFFERED"] = "1"  # so stdout and stderr interleave as in a terminal
    label = f"{snippet.display}" + (f" [{method}]" if method else "")
    with contextlib.ExitStack() as stack:
        stack.enter_context(run_lock(snippet.exclusive))
        cwd = stack.enter_context(tempfile.TemporaryDirectory(prefix="snippet-cwd-"))
        # Files, not pipes: a leaked grandchild holding a pipe open must not block the harness.
        out_fh = stack.enter_context(tempfile.TemporaryFile())
        err_fh = stack.enter_context(tempfile.TemporaryFile())
        shm_before = _shm_entries() if snippet.exclusive else set()
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out_fh,
            stderr=subprocess.STDOUT if merge else err_fh,
            start_new_session=True,
        )

        def read(fh) -> bytes:
            fh.seek(0)
            return fh.read()

        try:
            proc.wait(timeout=options.timeout)
        except subprocess.TimeoutExpired:
            members = _group_members(proc.pid)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise SnippetError(
                f"{label}: hung: still running after {options.timeout:g}s, killed its process group "
                f"({len(members)} process(es)).\nstdout so far:\n"
                f"{read(out_fh).decode(errors='replace')[-2000:]}"
                f"\nstderr so far:\n{read(err_fh).decode(errors='replace')[-2000:]}"
            ) from None
        seconds = time.monotonic() - started
        # Children that outlive the script: give exiting ones (forkserver, resource tracker) a moment.
        deadline = time.monotonic() + 3
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _group_alive(proc.pid):
            members = _group_members(proc.pid, include_zombies=False)
            os.killpg(proc.pid, signal.SIGKILL)
            raise SnippetError(
                f"{label}: leaked process(es) still running after the script exited:\n  "
                + "\n  ".join(members or ["(unknown)"])
            )
        leftovers = sorted(p.name for p in Path(cwd).iterdir())
        stdout = read(out_fh).decode("utf-8", errors="replace")
        stderr = read(err_fh).decode("utf-8", errors="replace")
        if snippet.exclusive:
            shm_leaked = sorted(_shm_entries() - shm_before)
            if shm_leaked:
                raise SnippetError(f"{label}: leaked /dev/shm segment(s): {shm_leaked}")
    if leftovers:
        raise SnippetError(f"{label}: left file(s) in its working directory: {leftovers}")
    if "resource_tracker" in stderr or "resource_tracker" in (stdout if merge else ""):
        raise SnippetError(f"{label}: resource_tracker warning:\n{stderr or stdout}")
    if proc.returncode != options.returncode:
        raise SnippetError(
            f"{label}: exit code {proc.returncode}, expected {options.returncode}\n"
            f"stderr:\n{stderr[-3000:]}\nstdout:\n{stdout[-2000:]}"
        )
    if options.stderr == "empty" and stderr.strip():
        raise SnippetError(
            f"{label}: wrote to stderr (set stderr = \"ignore\" or \"merge\" in run.toml if that is "
            f"the point of the example):\n{stderr[-3000:]}"
        )
    return RunResult(stdout, stderr, proc.returncode, seconds)


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def check_script(
    snippet: Snippet, method: str | None, update: bool = False, env: dict[str, str] | None = None
) -> RunResult:
    """Run a .out snippet and compare its stdout; with ``update`` write the .out from the run.

    ``update`` writes the expected-output file this run is checked against (a missing one is
    created as ``<idea>.out``); the shared ``<idea>.out`` is written only by the first start
    method, so three runs cannot overwrite each other.
    """
    result = run_script(snippet, method, env)
    result.stdout = result.stdout.replace(str(ROOT), SHOWN_ROOT)
    variant = snippet.out_variant(method)
    label = snippet.display + (f" [{method}]" if method else "")
    first_run = method == snippet.start_methods[0]
    if variant is None:
        if update and first_run:
            snippet.path.with_suffix(".out").write_text(result.stdout, encoding="utf-8")
            return result
        raise SnippetError(f"{label}: no expected output for this run ({PYTHON})")
    problem = output_mismatch(variant.path.read_text(encoding="utf-8"), result.stdout, snippet.options)
    if problem is None:
        return result
    if update and (first_run or not variant.is_base):
        variant.path.write_text(result.stdout, encoding="utf-8")
        return result
    raise SnippetError(
        f"{label}: output on Python {PYTHON} differs from {_shown(variant.path)} (rerun with "
        "`pytest --update-examples` if the change is intended; if it differs on this version or "
        f"build only, add a variant such as {snippet.path.stem}.py{VERSION[0]}.{VERSION[1]}.out)\n{problem}"
    )


# --- pages ------------------------------------------------------------------------------------

INCLUDE = re.compile(r"""^[ \t]*(?:-{1,}8<-{1,}|;*-{2,}8<-{2,})[ \t]+(["'])(?P<target>[^"'\n]+)\1""", re.M)
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w.+-]*)(?P<attrs>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.S | re.M,
)
PYTHON_LANGS = {"py", "python", "python3", "py3", "pycon"}
FRAGMENT_LABEL = re.compile(r"片段|fragment", re.I)


def page_includes(docs: Path = DOCS) -> dict[str, list[str]]:
    """Map 'chapter/file.py' (and .out) to the pages that include it via --8<--."""
    included: dict[str, list[str]] = {}
    for md in sorted(docs.rglob("*.md")):
        for m in INCLUDE.finditer(md.read_text(encoding="utf-8")):
            target = m.group("target").strip()
            path_part = re.sub(r":[\w-]+$|:\d+(:\d+)?$", "", target)
            included.setdefault(path_part, []).append(md.relative_to(docs).as_posix())
    return included


def unlabelled_python_blocks(docs: Path = DOCS) -> list[str]:
    """Inline Python blocks that neither include a snippet nor say they are fragments."""
    bad = []
    for md in sorted(docs.rglob("*.md")):
        text = md.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            if m.group("lang").lower() not in PYTHON_LANGS:
                continue
            if INCLUDE.search(m.group("body")) or FRAGMENT_LABEL.search(m.group("attrs")):
                continue
            line = text[: m.start()].count("\n") + 1
            bad.append(f"{md.relative_to(docs.parent).as_posix()}:{line}")
    return bad
