"""nox -s docs | build | tests — see README.md."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nox
import nox.command

sys.path[:0] = [str(Path(__file__).parent / ".ci"), str(Path(__file__).parent / "assets/hooks")]
import facts  # noqa: E402  (the facts tests and build share)
import provision  # noqa: E402  (how to run inside the Debian root)

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]

# The verified matrix, the one list of Pythons: the README, the home page and the badges follow it.
# Every GIL build, and one free-threaded build: the first of FREE_THREADED this machine has.
PYTHONS = ["3.11", "3.12", "3.13", "3.14", "3.15"]
FREE_THREADED = ["3.14t", "3.13t"]
# Dependency groups (pyproject.toml) with compiled parts that lack a wheel for some Pythons of the
# matrix: nox does not install them there, and the snippets that need them (run.toml `needs`) skip
# there with this reason on their page.
NO_WHEELS = {
    "gevent": {
        "3.13t": "gevent 和它依赖的 greenlet 没有自由线程版的 wheel",
        "3.14t": "gevent 和它依赖的 greenlet 没有自由线程版的 wheel",
    },
    "asyncpg": {"3.13t": "asyncpg 0.32.0 的自由线程版 wheel 从 3.14t 起才有"},
    "dask": {"3.13t": "distributed 依赖的 psutil、tornado、PyYAML 没有 3.13t 的 wheel"},
}
SNIPPET_GROUPS = ["snippets", "practice", "asyncpg", "dask", "gevent"]  # installed for the snippets
DOCS_PYTHON = "3.12"  # mkdocs-jupyter 0.27 needs >= 3.12
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1"}
RESULTS = Path("test-results")
FOUND_PYTHONS = Path(".nox/pythons")  # one symlink per interpreter found, put first on PATH
IN_CI = bool(os.environ.get("CI"))
DIAGRAM_ID = re.compile(r'<svg id="diagram-([0-9a-f]{16})"')  # see assets/hooks/diagrams.py


LOCKS = Path("locks")  # every dependency group resolved with hashes; `nox -s lock` refreshes them
LOCKED_GROUPS = {**dict.fromkeys(SNIPPET_GROUPS, "3.11"), "docs": DOCS_PYTHON, "test": DOCS_PYTHON}


def install(session: nox.Session, *groups: str) -> None:
    """Install dependency groups from their locks, every file checked against its hash."""
    session.install("--require-hashes", *(arg for g in groups for arg in ("-r", str(LOCKS / f"{g}.txt"))))


@nox.session(python=False)
def lock(session: nox.Session) -> None:
    """Re-resolve locks/*.txt from pyproject.toml's groups (and locks/nox.in) to the newest allowed."""
    compile_ = ["uv", "pip", "compile", "--universal", "--generate-hashes", "--no-header", "--upgrade", *session.posargs]
    for name, python in LOCKED_GROUPS.items():
        # The groups installed beside `snippets` take its versions of what they share.
        shared = ["-c", str(LOCKS / "snippets.txt")] if name in SNIPPET_GROUPS[1:] else []
        session.run(*compile_, "pyproject.toml", "--group", f"pyproject.toml:{name}", "--python-version", python,
                    *shared, "-o", str(LOCKS / f"{name}.txt"), external=True)
    session.run(*compile_, str(LOCKS / "nox.in"), "--python-version", "3.11", "-o", str(LOCKS / "nox.txt"), external=True)


def selection_codes(session: nox.Session) -> list[int]:
    """pytest exits 5 when nothing is selected: fine for `-- -k name`, an error for a full run."""
    return [0, 5] if session.posargs else [0]


def find_python(version: str) -> tuple[str, Path] | None:
    """Where `version` (e.g. 3.14, 3.13t) runs: ("host", exe) or ("root", exe inside the root).

    In this order: `pythonX.Y[t]` on PATH (a pyenv shim counts only when it starts), an
    interpreter uv manages, one built by .ci/provision.py, one in its Debian unstable root.
    """
    if on_path := facts.path_python(version):
        return "host", on_path
    if shutil.which("uv"):
        found = subprocess.run(["uv", "python", "find", "--managed-python", version], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return "host", Path(found.stdout.strip())
    built = facts.built_python(version)
    if built.exists() and facts.starts(built):
        return "host", built
    root = provision.debian_root_dir()
    rooted = Path("/usr/bin") / f"python{version}"
    if (root / ".complete").exists() and (root / rooted.relative_to("/")).exists():
        return "root", rooted
    return None


def download_python(session: nox.Session, version: str) -> tuple[str, Path] | None:
    """On a machine with internet, uv fetches a missing interpreter (it has 3.14t and 3.15)."""
    if not shutil.which("uv"):
        return None
    session.log(f"Python {version}: not found; asking uv to download it")
    try:
        got = subprocess.run(["uv", "python", "install", version], capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        got = None
    if got is None or got.returncode != 0:
        reason = "timed out" if got is None else (got.stderr.strip().splitlines() or ["failed"])[-1]
        session.log(f"Python {version}: uv could not download it: {reason}")
        return None
    return find_python(version)


@nox.session(python=DOCS_PYTHON)
def docs(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000; it rebuilds when a page or a snippet changes."""
    install(session, "docs")
    session.run("mkdocs", "serve", "--livereload", *session.posargs, env=QUIET_ENV)


@nox.session(python=DOCS_PYTHON)
def build(session: nox.Session) -> None:
    """mkdocs build --strict into site/."""
    install(session, "docs")
    started = time.monotonic()
    session.run("mkdocs", "build", "--strict", *session.posargs, env=QUIET_ENV)
    session.log(f"build took {time.monotonic() - started:.1f}s")


@nox.session(python=DOCS_PYTHON)
def diagrams(session: nox.Session) -> None:
    """Draw the Mermaid diagrams missing from assets/diagrams/ (needs Chromium), drop unused ones."""
    install(session, "test")  # docs + Playwright
    site = Path(session.create_tmp()) / "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), env=QUIET_ENV)
    used = {m for page in site.rglob("*.html") for m in DIAGRAM_ID.findall(page.read_text(encoding="utf-8"))}
    for cached in Path("assets/diagrams").glob("*.svg"):
        if cached.stem not in used:
            session.log(f"unused, removed: {cached}")
            cached.unlink()
    session.log(f"{len(used)} diagrams in assets/diagrams/: commit new files there")


@nox.session(python=False)
def provision_pythons(session: nox.Session) -> None:
    """Provision the Pythons of the matrix this machine lacks, from Debian (cached; see .ci/provision.py)."""
    missing = [v for v in PYTHONS if find_python(v) is None]
    if not any(find_python(v) for v in FREE_THREADED):
        missing.append(",".join(FREE_THREADED))  # the first of them that can be had
    if not missing:
        session.log("every Python of the matrix is here")
        return
    session.run(sys.executable, ".ci/provision.py", str(provision.CACHE), *missing, external=True)
    _, still = matrix_found(session, download=False)
    if still:
        session.error(f"provisioning left Python {', '.join(still)} missing")


def matrix_found(session: nox.Session, download: bool) -> tuple[dict[str, tuple[str, Path]], list[str]]:
    """The interpreters of the matrix found here, and what is missing (named for the error)."""
    found, missing = {}, []
    for version in PYTHONS:
        where = find_python(version) or (download and download_python(session, version))
        if where:
            found[version] = where
        else:
            missing.append(version)
    for version in FREE_THREADED:  # the first one found, downloaded only if none is here
        if where := find_python(version):
            found[version] = where
            break
    else:
        for version in FREE_THREADED if download else ():
            if where := download_python(session, version):
                found[version] = where
                break
        else:
            missing.append(" or ".join(FREE_THREADED))
    return found, missing


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """Everything: snippets and harness self-tests on every Python, then lint, strict build, browser."""
    found, missing = matrix_found(session, download=True)
    for version, (place, exe) in found.items():
        session.log(f"Python {version}: {exe}" + (" (in the Debian unstable root)" if place == "root" else ""))
    if missing:
        message = (
            f"no interpreter for Python {', '.join(missing)}: none on PATH (with pyenv, list them in "
            "PYENV_VERSION), none managed by uv (`uv python install " + " ".join(missing) + "`), none "
            "provisioned (`nox -s provision_pythons`)"
        )
        if IN_CI:
            session.error(message)
        session.warn(f"SKIPPED snippet runs: {message}")
    shutil.rmtree(RESULTS, ignore_errors=True)  # the site shows only this run's results
    failed = []
    for version, (place, exe) in found.items():
        if place == "root":
            try:
                in_root(session, version)
            except nox.command.CommandFailed:
                failed.append(version)
        else:
            # nox looks interpreters up on PATH: a directory holding just `pythonX.Y[t]` comes first.
            link = FOUND_PYTHONS / f"python{version}"
            link.parent.mkdir(parents=True, exist_ok=True)
            link.unlink(missing_ok=True)
            link.symlink_to(exe)
            session.notify(f"snippets-{version}", session.posargs)
    os.environ["PATH"] = f"{FOUND_PYTHONS.resolve()}{os.pathsep}{os.environ['PATH']}"
    session.notify("site", session.posargs)
    if failed:  # the other Pythons and the site still run: one report names every failure
        session.error(f"snippets failed on Python {', '.join(failed)} (in the Debian unstable root); see above")


def in_root(session: nox.Session, version: str) -> None:
    """The snippets session for `version`, run by nox inside the Debian unstable root."""
    repo = Path(__file__).resolve().parent
    env = {"CI": os.environ.get("CI", ""), "NOX_DEFAULT_VENV_BACKEND": "uv"}
    inner = ["/opt/nox/bin/nox", "-s", f"snippets-{version}", "--", *session.posargs]
    started = time.monotonic()
    session.run(*provision.root_command(provision.debian_root_dir(), inner, [repo], env, cwd=repo), external=True)
    session.log(f"snippets-{version} (in the Debian unstable root) took {time.monotonic() - started:.0f}s")


@nox.session(python=[*PYTHONS, *FREE_THREADED])
def snippets(session: nox.Session) -> None:
    """Harness self-tests, then every snippet on this Python (fork/spawn/forkserver where it applies)."""
    install(session, *(g for g in SNIPPET_GROUPS if str(session.python) not in NO_WHEELS.get(g, {})))
    session.run("pytest", "tests/test_harness.py", "-n", "2", *session.posargs, success_codes=selection_codes(session))
    # Most runs sleep or wait on I/O: many at once. Timing and shared-memory runs: one at a time.
    tag = session.name.removeprefix("snippets-")
    phases = {"shared": ["-m", "not exclusive", "-n", "8"], "exclusive": ["-m", "exclusive", "-p", "no:xdist"]}
    for phase, selection in phases.items():
        session.run(
            "pytest",
            "tests/test_snippets.py",
            *selection,
            "--durations=5",
            *session.posargs,
            env={"SNIPPET_RESULTS": str(RESULTS / f"snippets-{tag}-{phase}.json")},
            success_codes=selection_codes(session),
        )


@nox.session(python=DOCS_PYTHON)
def site(session: nox.Session) -> None:
    """Strict build (with the snippet results), then lint, page checks, browser, notebooks."""
    install(session, "test")
    for line in facts.Results.load(RESULTS).summary():
        session.log(line)
    if not Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists():
        session.run("playwright", "install", "chromium")  # no system Chromium: Playwright's own
    shutil.rmtree(RESULTS / "page-weight", ignore_errors=True)
    # The build records the notebooks it executes; test_notebooks.py checks those outputs.
    notebooks = {"NOTEBOOK_OUTPUTS": str(RESULTS / "notebooks")}
    shutil.rmtree(RESULTS / "notebooks", ignore_errors=True)
    started = time.monotonic()
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={**QUIET_ENV, **notebooks})
    session.log(f"strict build took {time.monotonic() - started:.1f}s")
    codes = selection_codes(session)
    session.run(
        "pytest",
        "tests/test_site.py",
        "tests/test_browser.py",
        "-n",
        "2",
        *session.posargs,
        env={**QUIET_ENV, "SITE_DIR": "site"},
        success_codes=codes,
    )
    # Alone, not beside the browser tests: it measures process speed-ups.
    session.run(
        "pytest", "tests/test_notebooks.py", *session.posargs,
        env={**QUIET_ENV, **notebooks, "SITE_DIR": "site"}, success_codes=codes,
    )
