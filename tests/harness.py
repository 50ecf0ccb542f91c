"""Find, run and check the snippets under snippets/ — the one harness every test uses.

A snippet is a complete program ``snippets/<page path>/<idea>.py``. Its expected output is either

* inline: ``#> `` comments under each ``print`` (pytest-examples runs it in-process), or
* a file: ``<idea>.out`` (or ``<idea>.<start method>.out``) holding the stdout of a real run; the
  snippet then runs as a script in a session of its own, as ``python idea.py`` would, once per
  multiprocessing start method when it uses multiprocessing.

``run.toml`` beside the snippets holds per-snippet options (see ``Options``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import fcntl
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
RUNNER = Path(__file__).resolve().parent / "run_snippet.py"
START_METHODS = ("fork", "spawn", "forkserver")
INLINE_OUTPUT = re.compile(r"^\s*#> ", re.M)
USES_PROCESSES = re.compile(r"\bmultiprocessing\b|\bProcessPoolExecutor\b")
USES_SHARED_MEMORY = re.compile(r"\bshared_memory\b|\bSharedMemory\w*\b|\bShareableList\b")
DECIMAL = re.compile(r"-?\d+\.\d+")


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
    python: str | None = None  # minimum Python version, e.g. "3.11"
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
        for key in ("vary", "start_methods"):
            if key in values:
                values[key] = tuple(values[key])
        if values.get("stderr", "empty") not in ("empty", "ignore", "merge"):
            raise SnippetError(f"{where}: stderr must be 'empty', 'ignore' or 'merge'")
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
class Snippet:
    path: Path
    options: Options

    @property
    def display(self) -> str:
        """The path as a reader or a failing test names it."""
        try:
            return self.path.relative_to(ROOT).as_posix()
        except ValueError:
            return str(self.path)

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def inline(self) -> bool:
        return bool(INLINE_OUTPUT.search(self.source))

    def out_file(self, method: str | None) -> Path:
        if method:
            specific = self.path.with_suffix(f".{method}.out")
            if specific.exists():
                return specific
        return self.path.with_suffix(".out")

    @property
    def out_files(self) -> list[Path]:
        stem = self.path.stem
        return sorted(
            p
            for p in self.path.parent.glob(f"{stem}*.out")
            if p.name == f"{stem}.out"
            or (p.name.count(".") == 2 and p.name.split(".")[1] in START_METHODS and p.stem.split(".")[0] == stem)
        )

    @property
    def start_methods(self) -> tuple[str | None, ...]:
        if self.options.start_methods is not None:
            return tuple(self.options.start_methods) or (None,)
        if USES_PROCESSES.search(self.source):
            return START_METHODS
        return (None,)

    @property
    def exclusive(self) -> bool:
        return self.options.exclusive or bool(USES_SHARED_MEMORY.search(self.source))

    def skip_reason(self) -> str | None:
        if self.options.python:
            wanted = tuple(int(p) for p in self.options.python.split("."))
            if sys.version_info[: len(wanted)] < wanted:
                return f"{self.display} needs Python >= {self.options.python}"
        return None


def load_options(directory: Path) -> dict[str, Options]:
    toml = directory / "run.toml"
    if not toml.exists():
        return {}
    where = toml.relative_to(ROOT).as_posix() if toml.is_relative_to(ROOT) else str(toml)
    try:
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SnippetError(f"{where}: {exc}") from None
    options = {}
    for stem, table in data.items():
        if not (directory / f"{stem}.py").exists():
            raise SnippetError(f"{where}: [{stem}] names no snippet ({stem}.py does not exist)")
        options[stem] = Options.from_table(f"{where} [{stem}]", table)
    return options


def find_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    found = []
    for directory in sorted({p.parent for p in root.rglob("*.py")}):
        options = load_options(directory)
        for path in sorted(directory.glob("*.py")):
            found.append(Snippet(path, options.get(path.stem, Options())))
    return found


def check_has_output(snippet: Snippet) -> None:
    has_files = bool(snippet.out_files)
    if snippet.inline and has_files:
        names = ", ".join(p.name for p in snippet.out_files)
        raise SnippetError(f"{snippet.display}: has both `#>` comments and {names}; keep one")
    if not snippet.inline and not has_files:
        raise SnippetError(
            f"{snippet.display}: no expected output: add `#>` comments under its prints or "
            f"{snippet.path.with_suffix('.out').name} (regenerate with `pytest --update-examples`)"
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
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_script(snippet: Snippet, method: str | None) -> RunResult:
    """Run the snippet like ``python file.py`` in a new session; fail on hang, leak or bad exit."""
    options = snippet.options
    cmd = [sys.executable, str(RUNNER)]
    if method:
        cmd += ["--start-method", method]
    cmd.append(str(snippet.path))
    merge = options.stderr == "merge"
    env = _child_env()
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


def check_script(snippet: Snippet, method: str | None, update: bool = False) -> RunResult:
    """Run a .out snippet and compare its stdout; with ``update`` rewrite the .out from the run."""
    result = run_script(snippet, method)
    out_file = snippet.out_file(method)
    if not out_file.exists():
        raise SnippetError(f"{snippet.display}: expected output file {out_file.name} is missing")
    expected = out_file.read_text(encoding="utf-8")
    problem = output_mismatch(expected, result.stdout, snippet.options)
    if problem is None:
        return result
    first_method = snippet.start_methods[0]
    writes_this_file = method == first_method or out_file != snippet.path.with_suffix(".out")
    if update and writes_this_file:
        out_file.write_text(result.stdout, encoding="utf-8")
        return result
    label = snippet.display + (f" [{method}]" if method else "")
    raise SnippetError(
        f"{label}: output differs from {out_file.relative_to(ROOT) if out_file.is_relative_to(ROOT) else out_file}"
        f" (rerun with `pytest --update-examples` if the change is intended)\n{problem}"
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
