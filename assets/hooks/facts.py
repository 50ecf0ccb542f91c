"""Facts the tests and the build share: where things are, the matrix, the results of a test run.

Imported by the mkdocs hooks (their folder is on sys.path while mkdocs loads them) and by
tests/ (which put this folder on sys.path). Standard library only.
"""

from __future__ import annotations

import ast
import functools
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
RESULTS = ROOT / "test-results"  # nox -s tests writes snippets-<python>-<phase>.json here
START_METHODS = ("fork", "spawn", "forkserver")
# Where .ci/provision.py puts the interpreters it provisions (a free-threaded build, a Debian root).
PYTHONS_CACHE = Path("~/.cache/python-concurrency-zh").expanduser()


def built_python(version: str) -> Path:
    """Where .ci/provision.py installs a CPython it builds, e.g. 3.13t."""
    return PYTHONS_CACHE / f"cpython-{version}" / "bin" / f"python{version}"


def starts(exe: str | Path) -> bool:
    try:
        return subprocess.run([str(exe), "-c", "pass"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def path_python(version: str) -> Path | None:
    """`pythonX.Y[t]` on PATH that starts (a pyenv shim exists even when its version is not active)."""
    exe = shutil.which(f"python{version}")
    return Path(exe) if exe and starts(exe) else None


def _noxfile_value(name: str):
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"noxfile.py has no {name}")


def _noxfile_list(name: str) -> list[str]:
    return list(_noxfile_value(name))


@functools.cache
def no_wheels() -> dict[str, dict[str, str]]:
    """NO_WHEELS in noxfile.py: dependency group -> {Python of the matrix: why it has no wheel}."""
    return _noxfile_value("NO_WHEELS")


def matrix() -> list[str]:
    """The matrix as noxfile.py states it: the GIL builds, then the free-threaded candidates."""
    return _noxfile_list("PYTHONS") + _noxfile_list("FREE_THREADED")


def python_key(label: str) -> tuple:
    """Order 3.11 < 3.11.7 < 3.15.2 < 3.13t (GIL builds first, then free-threaded)."""
    free_threaded = label.endswith("t")
    return (free_threaded, tuple(int(p) for p in label.rstrip("t").split(".")))


def minor(label: str) -> str:
    """3.13.15t -> 3.13t, 3.14.10 -> 3.14."""
    return ".".join(label.rstrip("t").split(".")[:2]) + ("t" if label.endswith("t") else "")


@dataclass
class Results:
    """What one `nox -s tests` run verified, read from test-results/snippets-*.json."""

    pythons: list[str] = field(default_factory=list)  # exact versions, e.g. 3.14.10, 3.13.15t
    passed: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # snippet -> python -> runs
    skipped: dict[str, dict[str, str]] = field(default_factory=dict)  # snippet -> python -> reason
    failed: dict[str, set[str]] = field(default_factory=dict)  # snippet -> pythons

    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # python -> outcome -> runs

    def summary(self) -> list[str]:
        """One line per interpreter: exact version, runs passed / failed / skipped."""
        return [
            f"Python {python}: " + ", ".join(f"{n} {k}" for k, n in sorted(self.counts.get(python, {}).items()))
            for python in self.pythons
        ] or ["no snippet results"]

    @classmethod
    def load(cls, directory: Path = RESULTS) -> Results:
        results = cls()
        for path in sorted(directory.glob("snippets-*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            python = data["python"]
            if python not in results.pythons:
                results.pythons.append(python)
            for rel, runs in data["snippets"].items():
                for run, outcome in runs.items():
                    tally = results.counts.setdefault(python, {})
                    tally[outcome] = tally.get(outcome, 0) + 1
                    if outcome == "passed":
                        results.passed.setdefault(rel, {}).setdefault(python, set()).add(run)
                    elif outcome == "skipped":
                        results.skipped.setdefault(rel, {})[python] = data.get("skipped", {}).get(rel, "")
                    else:
                        results.failed.setdefault(rel, set()).add(python)
        results.pythons.sort(key=python_key)
        return results
