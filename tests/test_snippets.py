"""Every snippet runs and prints what its page shows — on whichever Python runs this file.

nox runs this file once per interpreter of the matrix (`PYTHONS` in noxfile.py).
`pytest --update-examples` writes `#>` comments and .out files from a real run (creating a
missing .out). SNIPPETS_ROOT=dir runs it over another tree (the harness's fixtures).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time

import pytest
from pytest_examples import CodeExample, EvalExample

from tests.harness import SNIPPETS as SNIPPETS_DIR
from tests.harness import Snippet, SnippetError, check_has_output, check_script, find_snippets
from tests.services import ServiceError, started

SNIPPETS = find_snippets(SNIPPETS_DIR)


class SnippetFile(CodeExample):
    """A whole .py file as one pytest-examples example (not a docstring inside it)."""

    def in_py_file(self) -> bool:
        return False


def as_example(snippet: Snippet) -> SnippetFile:
    source = snippet.source
    return SnippetFile(
        source=source,
        path=snippet.path,
        start_line=0,
        end_line=source.count("\n"),
        start_index=0,
        end_index=len(source),
        prefix="py",
        indent=0,
    )


def cases():
    for snippet in SNIPPETS:
        # `-m exclusive` selects the timing/shared-memory runs, which nox runs one at a time.
        marks = [pytest.mark.exclusive] if snippet.exclusive else []
        if snippet.inline:
            yield pytest.param(snippet, None, id=f"{snippet.display}[inline]", marks=marks)
        else:
            for method in snippet.start_methods:
                suffix = f"[{method}]" if method else "[script]"
                yield pytest.param(snippet, method, id=f"{snippet.display}{suffix}", marks=marks)


def test_found_snippets():
    assert SNIPPETS, f"no snippets found under {SNIPPETS_DIR}"


@pytest.fixture(scope="session")
def servers():
    """Start each server a snippet needs once per test process; stop them all at the end."""
    running: dict[str, dict[str, str]] = {}
    with contextlib.ExitStack() as stack:

        def env_for(names: tuple[str, ...]) -> dict[str, str]:
            for name in names:
                if name not in running:
                    running[name] = stack.enter_context(started(name))
            return {k: v for name in names for k, v in running[name].items()}

        yield env_for


@pytest.mark.parametrize(("snippet", "method"), list(cases()))
def test_snippet(snippet: Snippet, method: str | None, eval_example: EvalExample, request, servers):
    # What conftest.py records for the site's badges: which snippet, which run of it.
    request.node.user_properties += [
        ("snippet", snippet.path.relative_to(SNIPPETS_DIR).as_posix()),
        ("run", method or ("inline" if snippet.inline else "script")),
    ]
    reason = snippet.skip_reason()
    if reason:
        pytest.skip(reason)
    update = request.config.getoption("update_examples")
    try:
        check_has_output(snippet, update)
        if snippet.inline:
            run_inline(snippet, eval_example, update)
        else:
            check_script(snippet, method, update=update, env=servers(snippet.options.services))
    except (SnippetError, ServiceError) as exc:
        pytest.fail(str(exc), pytrace=False)


def run_inline(snippet: Snippet, eval_example: EvalExample, update: bool) -> None:
    threads_before = set(threading.enumerate())
    main_module = sys.modules["__main__"]
    example = as_example(snippet)
    try:
        if update:
            eval_example.run_print_update(example)
        else:
            eval_example.run_print_check(example)
    except pytest.fail.Exception as exc:  # pytest-examples' report does not name the file
        raise SnippetError(f"{snippet.display}: {exc.msg}") from None
    finally:
        sys.modules["__main__"] = main_module
    deadline = time.monotonic() + 2
    leaked = [t for t in threading.enumerate() if t not in threads_before]
    while leaked and time.monotonic() < deadline:
        time.sleep(0.05)
        leaked = [t for t in leaked if t.is_alive()]
    if leaked:
        raise SnippetError(f"{snippet.display}: leaked thread(s) still running: {[t.name for t in leaked]}")
