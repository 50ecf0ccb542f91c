"""nox -s docs | build | tests — see README.md."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
DOCS_PYTHON = "3.12"  # mkdocs-jupyter 0.27 needs >= 3.12
SNIPPET_PYTHONS = ["3.10", "3.11", "3.12", "3.13", "3.14"]
REQUIRED_IN_CI = {"3.12"}
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1"}
RESULTS = Path("test-results")


def group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


def python_runs(version: str) -> bool:
    """True if `pythonX.Y` starts (a pyenv shim exists even when its version is not active)."""
    exe = shutil.which(f"python{version}")
    if not exe:
        return False
    probe = subprocess.run([exe, "-c", "pass"], capture_output=True, timeout=60)
    return probe.returncode == 0


def selection_codes(session: nox.Session) -> list[int]:
    """pytest exits 5 when nothing is selected: fine for `-- -k name`, an error for a full run."""
    return [0, 5] if session.posargs else [0]


@nox.session(python=DOCS_PYTHON)
def docs(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000 with live reload."""
    session.install(*group("docs"))
    session.run("mkdocs", "serve", "--livereload", *session.posargs, env=QUIET_ENV)


@nox.session(python=DOCS_PYTHON)
def build(session: nox.Session) -> None:
    """mkdocs build --strict into site/."""
    session.install(*group("docs"))
    started = time.monotonic()
    session.run("mkdocs", "build", "--strict", *session.posargs, env=QUIET_ENV)
    session.log(f"build took {time.monotonic() - started:.1f}s")


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """Everything: snippets on every Python found, then lint, orphans, strict build, browser."""
    found = [v for v in SNIPPET_PYTHONS if python_runs(v)]
    missing = [v for v in SNIPPET_PYTHONS if v not in found]
    session.log(f"snippets will run on Python {', '.join(found) or 'none'}")
    if missing:
        session.warn(
            f"SKIPPED snippet runs on Python {', '.join(missing)}: no working python{missing[0]} "
            "on PATH (with pyenv, list them in PYENV_VERSION)"
        )
    if os.environ.get("CI") and REQUIRED_IN_CI - set(found):
        session.error(f"CI needs Python {', '.join(sorted(REQUIRED_IN_CI - set(found)))}")
    shutil.rmtree(RESULTS, ignore_errors=True)  # the site shows only this run's results
    for version in found:
        session.notify(f"snippets-{version}", session.posargs)
    session.notify("site", session.posargs)


@nox.session(python=SNIPPET_PYTHONS)
def snippets(session: nox.Session) -> None:
    """Run every snippet on this Python (fork/spawn/forkserver for multiprocessing ones)."""
    session.install(*group("snippets"))
    # Most runs sleep or wait on I/O: many at once. Timing and shared-memory runs: one at a time.
    phases = {"": ["-m", "not exclusive", "-n", "8"], "-exclusive": ["-m", "exclusive", "-p", "no:xdist"]}
    for suffix, selection in phases.items():
        session.run(
            "pytest",
            "tests/test_snippets.py",
            *selection,
            "--durations=5",
            *session.posargs,
            env={"SNIPPET_RESULTS": str(RESULTS / f"snippets-{session.python}{suffix}.json")},
            success_codes=selection_codes(session),
        )


@nox.session(python=DOCS_PYTHON)
def site(session: nox.Session) -> None:
    """Strict build (with the snippet results), then lint, page checks, harness self-tests, browser."""
    session.install(*group("test"))
    if not Path(os.environ.get("CHROMIUM", "/usr/bin/chromium")).exists():
        session.run("playwright", "install", "chromium")  # no system Chromium: Playwright's own
    shutil.rmtree(RESULTS / "page-weight", ignore_errors=True)
    # The build records the notebooks it executes; test_notebooks.py checks those outputs.
    notebooks = {"NOTEBOOK_OUTPUTS": str(RESULTS / "notebooks")}
    shutil.rmtree(RESULTS / "notebooks", ignore_errors=True)
    started = time.monotonic()
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={**QUIET_ENV, **notebooks})
    session.log(f"strict build took {time.monotonic() - started:.1f}s")
    session.run(
        "pytest",
        "tests/test_site.py",
        "tests/test_harness.py",
        "tests/test_browser.py",
        "-n",
        "2",
        *session.posargs,
        env={**QUIET_ENV, "SITE_DIR": "site"},
    )
    # Alone, not beside the browser tests: it measures process speed-ups.
    session.run("pytest", "tests/test_notebooks.py", *session.posargs, env={**QUIET_ENV, **notebooks})
