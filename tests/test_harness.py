"""The harness can fail: every check it makes is proved by a fixture that only that check catches.

One end-to-end run of tests/test_snippets.py over tests/fixtures/snippets (as nox runs it, in a
subprocess) gives the outcome of every fixture, the counts, and the results file behind the
site's badges. good/ must pass (or skip, with its reason); each bad/ fixture must fail with the
message of its check, naming its file. The run happens on every Python of the matrix.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests import services
from tests.harness import (
    FREE_THREADED,
    PYTHON,
    ROOT,
    Options,
    OutVariant,
    Snippet,
    SnippetError,
    check_script,
    find_snippets,
    output_mismatch,
    page_includes,
    no_wheels,
    unlabelled_python_blocks,
)

FIXTURES = Path(__file__).parent / "fixtures"
SHM = Path("/dev/shm")

# bad/<name>: the check that must catch it, by words of its message. Every other check passes it.
CAUGHT_BY = {
    "wrong_output": ["output on Python", "differs from", "wrong_output.out", "-3", "+2"],
    "hang": ["hung: still running after 1s", "killed its process group"],
    "leaks_child": ["leaked process(es) still running"],
    "leaks_shm_untracked": ["leaked /dev/shm segment(s)", "harness_fixture_"],
    "tracker_warning": ["resource_tracker warning"],
    "no_output": ["no expected output", "no_output.out", "--update-examples"],
    "stderr_noise": ["wrote to stderr", "surprise"],
    "exits_nonzero": ["exit code 3, expected 0"],
    "writes_file": ["left file(s) in its working directory", "left-behind.txt"],
    "wrong_inline": ["#> 42"],
    "both_outputs": ["has both `#>` comments and both_outputs.out"],
    "inline_multiprocessing": ["a multiprocessing snippet cannot use inline `#>` output"],
    "leaks_thread": ["leaked thread(s) still running", "sleeper"],
    "bad_out_name": ["bad_out_name.forkservr.out", "not an expected-output name"],
}
PASSING = {
    "good/inline.py": {"inline"},
    "good/script.py": {"script"},
    "good/processes.py": {"fork", "spawn", "forkserver"},
    "good/per_build.py": {"script"},
    "good/per_version.py": {"script"},
    "good/per_method.py": {"fork", "spawn", "forkserver"},
    "good/with_postgres.py": {"script"},
    "bad/not_included.py": {"script"},
}
SKIPPED = {"good/needs_future.py": "needs Python >= 99"}
if FREE_THREADED:
    SKIPPED["good/gil_only.py"] = "not on a free-threaded build: it prints the build and expects a GIL one"
else:
    PASSING["good/gil_only.py"] = {"script"}


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    """tests/test_snippets.py over the fixture tree: {test id: (outcome, message)}, counts, results."""
    out = tmp_path_factory.mktemp("fixture-run")
    env = {
        **os.environ,
        "SNIPPETS_ROOT": str(FIXTURES / "snippets"),
        "SNIPPET_RESULTS": str(out / "results.json"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    shm_before = set(os.listdir(SHM)) if SHM.is_dir() else set()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_snippets.py", "-p", "no:xdist", "-p", "no:cacheprovider",
         "-q", f"--junitxml={out / 'report.xml'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )
    # The untracked segment is the one thing a failing fixture leaves: remove it.
    for name in (set(os.listdir(SHM)) - shm_before) if SHM.is_dir() else ():
        if name.startswith("harness_fixture_"):
            (SHM / name).unlink()
    results = {}
    for case in ET.parse(out / "report.xml").getroot().iter("testcase"):
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
                message = (node.get("message") or "") + "\n" + (node.text or "")
        results[case.get("name")] = (outcome, message)
    summary = proc.stdout.strip().splitlines()[-1]
    counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|error)", summary)}
    recorded = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return {"cases": results, "counts": counts, "results": recorded, "stdout": proc.stdout, "code": proc.returncode}


def case_id(rel: str, run: str) -> str:
    return f"test_snippet[tests/fixtures/snippets/{rel}[{run}]]"


@pytest.mark.parametrize("name", sorted(CAUGHT_BY))
def test_each_bad_fixture_is_caught_by_its_check(fixture_run, name):
    snippet = next(s for s in find_snippets(FIXTURES / "snippets") if s.path.stem == name)
    run = "inline" if snippet.inline else "script"
    outcome, message = fixture_run["cases"][case_id(f"bad/{name}.py", run)]
    assert outcome == "failed", f"bad/{name}.py was not caught ({outcome})"
    assert f"tests/fixtures/snippets/bad/{name}.py" in message, f"the failure does not name the file:\n{message}"
    for words in CAUGHT_BY[name]:
        assert words in message, f"bad/{name}.py: {words!r} not in its failure:\n{message}"


def test_good_fixtures_pass_and_gated_ones_skip_with_their_reason(fixture_run):
    cases = fixture_run["cases"]
    for rel, runs in PASSING.items():
        for run in runs:
            assert cases[case_id(rel, run)][0] == "passed", f"{rel} [{run}]: {cases[case_id(rel, run)]}"
    for rel, reason in SKIPPED.items():
        outcome, message = cases[case_id(rel, "script")]
        assert outcome == "skipped" and reason in message, f"{rel}: {outcome} {message}"


def test_outcome_counts(fixture_run):
    passed = sum(len(runs) for runs in PASSING.values()) + 1  # + test_found_snippets
    expected = {"passed": passed, "failed": len(CAUGHT_BY), "skipped": len(SKIPPED)}
    assert fixture_run["counts"] == expected, fixture_run["stdout"][-3000:]
    assert fixture_run["code"] == 1


def test_results_file_behind_the_badges(fixture_run):
    """What the site's hook reads: this interpreter, every run's outcome, every skip's reason."""
    recorded = fixture_run["results"]
    assert recorded["python"] == PYTHON and recorded["free_threaded"] is FREE_THREADED
    for rel, runs in PASSING.items():
        assert recorded["snippets"][rel] == dict.fromkeys(runs, "passed"), rel
    for name in CAUGHT_BY:
        assert set(recorded["snippets"][f"bad/{name}.py"].values()) == {"failed"}, name
    for rel, reason in SKIPPED.items():
        assert recorded["snippets"][rel] == {"script": "skipped"}
        assert reason in recorded["skipped"][rel]


# --- pieces that the fixture run cannot show on every build -----------------------------------


def test_the_free_threaded_gate_skips_only_on_free_threaded_builds():
    gil_only = next(s for s in find_snippets(FIXTURES / "snippets") if s.path.stem == "gil_only")
    assert gil_only.skip_reason(free_threaded=False) is None
    assert "expects a GIL one" in gil_only.skip_reason(free_threaded=True)


def test_a_group_without_a_wheel_skips_only_where_noxfile_says(tmp_path):
    (tmp_path / "x.py").write_text("print(1)\n")
    group, pythons = next(iter(no_wheels().items()))
    tag = next(iter(pythons))
    snippet = Snippet(tmp_path / "x.py", Options(needs=(group,)))
    assert pythons[tag] in snippet.skip_reason(tag=tag) and tag in snippet.skip_reason(tag=tag)
    assert snippet.skip_reason(tag="3.12") is None
    assert Snippet(tmp_path / "x.py", Options(needs=("snippets",))).skip_reason(tag=tag) is None


def test_minimum_python_gate_compares_patch_versions(tmp_path):
    (tmp_path / "x.py").write_text("print(1)\n")
    snippet = Snippet(tmp_path / "x.py", Options(python="3.13.8"))
    assert snippet.skip_reason(version=(3, 13, 7)) and snippet.skip_reason(version=(3, 12, 12))
    assert snippet.skip_reason(version=(3, 13, 8)) is None and snippet.skip_reason(version=(3, 14, 0)) is None


def test_output_variant_selection(tmp_path):
    (tmp_path / "x.py").write_text("import multiprocessing\n")
    for name in ("x.out", "x.forkserver.out", "x.forkserver.py3.13.8.out", "x.ft.out", "x.py3.14.out"):
        (tmp_path / name).write_text(name)
    snippet = Snippet(tmp_path / "x.py", Options())

    def chosen(method, ft, version):
        return snippet.out_variant(method, ft, version).path.name

    assert chosen("fork", False, (3, 12, 1)) == "x.out"
    assert chosen("fork", False, (3, 14, 10)) == "x.py3.14.out"
    assert chosen("fork", True, (3, 14, 10)) == "x.ft.out"
    assert chosen("forkserver", False, (3, 13, 7)) == "x.forkserver.out"
    assert chosen("forkserver", False, (3, 13, 8)) == "x.forkserver.py3.13.8.out"
    assert chosen("forkserver", True, (3, 15, 2)) == "x.forkserver.py3.13.8.out"
    assert OutVariant.parse(tmp_path / "x.forkservr.out") is None


def test_update_creates_a_missing_output_from_a_real_run(tmp_path):
    (tmp_path / "new_idea.py").write_text('print("made by a real run")\n')
    snippet = Snippet(tmp_path / "new_idea.py", Options())
    with pytest.raises(SnippetError, match="no expected output for this run"):
        check_script(snippet, None)
    check_script(snippet, None, update=True)
    assert (tmp_path / "new_idea.out").read_text() == "made by a real run\n"
    check_script(snippet, None)  # and now it checks


def test_the_checkout_location_does_not_change_outputs(tmp_path, monkeypatch):
    """A snippet printing its own path matches wherever the repository is checked out."""
    import tests.harness as harness

    (tmp_path / "where.py").write_text("print(__file__)\n")
    (tmp_path / "where.out").write_text(f"{harness.SHOWN_ROOT}/where.py\n")
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    check_script(Snippet(tmp_path / "where.py", Options()), None)
    (tmp_path / "where.out").write_text(f"{tmp_path}/where.py\n")
    with pytest.raises(SnippetError, match="differs"):
        check_script(Snippet(tmp_path / "where.py", Options()), None)


def test_update_writes_the_variant_the_run_is_checked_against(tmp_path):
    (tmp_path / "x.py").write_text('print("new")\n')
    (tmp_path / "x.out").write_text("old\n")
    variant = tmp_path / f"x.py{sys.version_info[0]}.{sys.version_info[1]}.out"
    variant.write_text("")  # declared, not yet produced
    check_script(Snippet(tmp_path / "x.py", Options()), None, update=True)
    assert variant.read_text() == "new\n" and (tmp_path / "x.out").read_text() == "old\n"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[x]\nunorderd = true\n", r"run.toml \[x\]: unknown option"),
        ('[x]\nstart_methods = ["frok"]\n', r"unknown start method 'frok'"),
        ('[x]\nstderr = "loud"\n', r"stderr must be"),
        ('[x]\nvary = ["("]\n', r"bad vary regex"),
        ("[y]\ntimeout = 1\n", r"\[y\] names no snippet"),
        ("[x\n", r"run.toml"),
        ('[x]\nneeds = ["nope"]\n', r"needs 'nope', which pyproject.toml has no dependency group for"),
        ('[x]\nservices = ["redis"]\n', r"unknown service 'redis'"),
    ],
)
def test_bad_run_toml_names_the_file(tmp_path, table, message):
    (tmp_path / "x.py").write_text("print(1)\n")
    (tmp_path / "run.toml").write_text(table)
    with pytest.raises(SnippetError, match=message):
        find_snippets(tmp_path)


def test_orphan_snippet_is_found():
    included = page_includes(FIXTURES / "docs")
    assert "bad/wrong_output.py" in included
    assert "bad/not_included.py" not in included


def test_unlabelled_inline_block_is_found():
    assert unlabelled_python_blocks(FIXTURES / "docs") == ["docs/page.md:7"]


@pytest.mark.parametrize(
    ("expected", "actual", "options", "ok"),
    [
        ("a\nb\n", "a\nb\n", Options(), True),
        ("a\nb\n", "b\na\n", Options(), False),
        ("a\nb\n", "b\na\n", Options(unordered=True), True),
        ("a\nb\n", "b\na\na\n", Options(unordered=True), False),
        ("pid=12\n", "pid=99\n", Options(vary=(r"pid=\d+",)), True),
        ("pid=12\n", "pid=99\n", Options(), False),
        ("took 1.00 s\n", "took 1.20 s\n", Options(approx=0.3), True),
        ("took 1.00 s\n", "took 2.00 s\n", Options(approx=0.3), False),
        ("count 10\n", "count 11\n", Options(approx=0.3), False),
    ],
)
def test_output_comparison(expected, actual, options, ok):
    assert (output_mismatch(expected, actual, options) is None) is ok


# --- the servers the suite starts (tests/services.py) -------------------------------------------


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("snippets-postgres-*")}


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_postgres_starts_on_loopback_and_leaves_nothing_behind():
    before = _leftovers()
    with services.postgres() as env:
        port = int(env["PGPORT"])
        assert env["PGHOST"] == "127.0.0.1" and not _refused(port)
    assert _refused(port), "the server still listens after the suite stopped it"
    assert _leftovers() == before, "its temporary directory is left behind"


def test_postgres_on_a_port_in_use_fails_in_seconds_saying_so():
    before = _leftovers()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(services.ServiceError) as caught:
            with services.postgres(port=port):
                pass
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert "server start failed" in message and f"127.0.0.1:{port}" in message and "in use" in message, message
    assert _leftovers() == before


def test_postgres_not_installed_says_what_to_install(monkeypatch):
    monkeypatch.setattr(services, "postgres_bindir", lambda: None)
    with pytest.raises(services.ServiceError, match="not installed; install Debian's postgresql package"):
        with services.postgres():
            pass


def test_an_unknown_service_is_an_error():
    with pytest.raises(services.ServiceError, match="unknown service"):
        with services.started("redis"):
            pass
