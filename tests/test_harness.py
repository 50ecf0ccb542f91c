"""The harness can fail: each broken fixture under tests/fixtures is caught, naming its file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.harness import (
    Options,
    Snippet,
    SnippetError,
    check_has_output,
    check_script,
    find_snippets,
    output_mismatch,
    page_includes,
    unlabelled_python_blocks,
)

FIXTURES = Path(__file__).parent / "fixtures"
BAD = {s.path.stem: s for s in find_snippets(FIXTURES / "snippets")}


def fails(snippet_name: str, *messages: str, method: str | None = None) -> str:
    snippet = BAD[snippet_name]
    with pytest.raises(SnippetError) as info:
        check_has_output(snippet)
        check_script(snippet, method)
    text = str(info.value)
    assert f"tests/fixtures/snippets/bad/{snippet_name}.py" in text
    for message in messages:
        assert message in text
    return text


def test_wrong_output_is_caught():
    text = fails("wrong_output", "output differs from", "wrong_output.out")
    assert "-3" in text and "+2" in text


def test_hang_is_killed_within_its_timeout():
    started = time.monotonic()
    fails("hang", "hung", "killed its process group")
    assert time.monotonic() - started < 5


def test_leaked_child_process_is_caught_and_killed():
    fails("leaks_child", "leaked process(es)")


def test_leaked_shared_memory_is_caught():
    fails("leaks_shared_memory", "resource_tracker")


def test_missing_output_is_caught():
    fails("no_output", "no expected output", "no_output.out")


def test_stderr_is_not_ignored():
    fails("stderr_noise", "wrote to stderr", "surprise")


def test_wrong_inline_output_is_caught(eval_example):
    from tests.test_snippets import run_inline

    with pytest.raises(pytest.fail.Exception) as info:
        run_inline(BAD["wrong_inline"], eval_example, update=False)
    assert "#> 42" in str(info.value)


def test_orphan_snippet_is_found():
    included = page_includes(FIXTURES / "docs")
    assert "bad/wrong_output.py" in included
    assert "bad/not_included.py" not in included


def test_unlabelled_inline_block_is_found():
    assert unlabelled_python_blocks(FIXTURES / "docs") == ["docs/page.md:7"]


def test_unknown_option_names_the_file(tmp_path):
    (tmp_path / "x.py").write_text("print(1)\n")
    (tmp_path / "run.toml").write_text("[x]\nunorderd = true\n")
    with pytest.raises(SnippetError, match=r"run.toml \[x\]: unknown option"):
        find_snippets(tmp_path)


@pytest.mark.parametrize(
    ("expected", "actual", "options", "ok"),
    [
        ("a\nb\n", "a\nb\n", Options(), True),
        ("a\nb\n", "b\na\n", Options(), False),
        ("a\nb\n", "b\na\n", Options(unordered=True), True),
        ("a\nb\n", "b\na\na\n", Options(unordered=True), False),
        ("pid=12\n", "pid=99\n", Options(vary=(r"pid=\d+",)), True),
        ("took 1.00 s\n", "took 1.20 s\n", Options(approx=0.3), True),
        ("took 1.00 s\n", "took 2.00 s\n", Options(approx=0.3), False),
        ("count 10\n", "count 11\n", Options(approx=0.3), False),
    ],
)
def test_output_comparison(expected, actual, options, ok):
    assert (output_mismatch(expected, actual, options) is None) is ok


def test_fixture_snippet_ids_are_paths():
    assert isinstance(BAD["hang"], Snippet)
    assert BAD["hang"].options.timeout == 1
