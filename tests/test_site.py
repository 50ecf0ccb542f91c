"""The site's own promises: snippets linted and all on a page, no unlabelled inline code, and a
strict build that fails loudly (naming the file) on bad input. Runs on the docs Python (3.12)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_examples import EvalExample

from tests.harness import DOCS, ROOT, SNIPPETS, find_snippets, page_includes, unlabelled_python_blocks
from tests.test_snippets import as_example

ALL_SNIPPETS = find_snippets()
# Made by assets/hooks/snippets.py: the index, and one page per chapter that the nav lists. The
# strict build fails if the hook and the nav disagree (a nav entry with no page, an omitted page).
GENERATED_DIR = "examples/"


@pytest.mark.parametrize("snippet", ALL_SNIPPETS, ids=[s.display for s in ALL_SNIPPETS])
def test_lint(snippet, eval_example: EvalExample):
    """black + ruff via pytest-examples, keeping `#>` output comments intact."""
    # A snippet gated on a newer Python (e.g. `except*`, 3.11) is parsed as that version.
    target = "py" + (snippet.options.python or "3.10").replace(".", "")
    eval_example.set_config(line_length=88, target_version=target)
    example = as_example(snippet)
    if eval_example.update_examples:
        eval_example.format(example)
    else:
        eval_example.lint(example)


def test_every_snippet_file_is_on_a_page():
    included = page_includes()
    files = [p for p in SNIPPETS.rglob("*") if p.suffix in (".py", ".out")]
    orphans = sorted(p.relative_to(ROOT).as_posix() for p in files if p.relative_to(SNIPPETS).as_posix() not in included)
    assert not orphans, "snippet files no page includes (add them to a page or delete them):\n  " + "\n  ".join(orphans)


def test_every_python_block_is_a_snippet_or_a_labelled_fragment():
    bad = unlabelled_python_blocks()
    assert not bad, (
        "inline Python blocks must include a file from snippets/ (--8<--) or carry a title with "
        "片段 (a fragment):\n  " + "\n  ".join(bad)
    )


def test_every_page_is_in_nav():
    nav_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[1]
    in_nav = set(re.findall(r":\s*([\w./-]+\.(?:md|ipynb))\s*$", nav_text, re.M))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*") if p.suffix in (".md", ".ipynb")}
    generated = {page for page in in_nav if page.startswith(GENERATED_DIR)}
    assert f"{GENERATED_DIR}index.md" in generated, "the 示例索引 pages are missing from the nav"
    pages |= generated
    assert pages - in_nav == set(), f"pages missing from nav in mkdocs.yml: {sorted(pages - in_nav)}"
    assert in_nav - pages == set(), f"nav entries with no page under docs/: {sorted(in_nav - pages)}"


# --- bad input fails the strict build, naming the file ---------------------------------------


def tiny_site(tmp_path: Path, pages: dict[str, str], nav: list[str], snippets: dict[str, str]) -> Path:
    """A copy of the real mkdocs.yml over a few pages, so a build takes seconds."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[0]
    config = config.replace("docs_dir: docs", f"docs_dir: {tmp_path / 'docs'}")
    config = config.replace("custom_dir: assets/theme", f"custom_dir: {ROOT / 'assets/theme'}")
    config = config.replace("base_path: [snippets, ", f"base_path: [{tmp_path / 'snippets'}, {ROOT}/")
    config = config.replace("  - stylesheets/extra.css\n", "")
    config = config.replace("  - assets/hooks/", f"  - {ROOT}/assets/hooks/")
    config += "\nnav:\n" + "".join(f"  - {page}\n" for page in [*nav, f"{GENERATED_DIR}index.md"])
    for name, text in {**pages, **snippets}.items():
        base = "docs" if name.endswith(".md") else "snippets"
        target = tmp_path / base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return tmp_path / "mkdocs.yml"


def build(config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(config.parent / "site")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


GOOD_PAGE = '# 页面\n\n## 小节\n\n```python title="a/hello.py"\n--8<-- "a/hello.py"\n```\n'
BAD_INPUTS = {
    "missing snippet file": (
        {"index.md": GOOD_PAGE.replace("a/hello.py", "a/nope.py")},
        ["index.md"],
        "a/nope.py",
    ),
    "missing snippet section": (
        {"index.md": GOOD_PAGE.replace('"a/hello.py"', '"a/hello.py:nosuch"')},
        ["index.md"],
        "nosuch",
    ),
    "page missing from nav": (
        {"index.md": GOOD_PAGE, "lost.md": "# 迷失\n"},
        ["index.md"],
        "lost.md",
    ),
    "nav entry with no page": (
        {"index.md": GOOD_PAGE},
        ["index.md", "ghost.md"],
        "ghost.md",
    ),
    "broken link": (
        {"index.md": GOOD_PAGE + "\n[去别处](elsewhere.md)\n"},
        ["index.md"],
        "elsewhere.md",
    ),
    "broken anchor": (
        {"index.md": GOOD_PAGE, "two.md": "# 二\n\n[小节](index.md#不存在的小节)\n"},
        ["index.md", "two.md"],
        "不存在的小节",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_fails_the_strict_build(tmp_path, case):
    pages, nav, named = BAD_INPUTS[case]
    config = tiny_site(tmp_path, pages, nav, {"a/hello.py": 'print("你好")\n'})
    result = build(config)
    assert result.returncode != 0, f"{case}: strict build passed but should fail\n{result.stderr}"
    assert named in result.stderr + result.stdout, f"{case}: error does not name {named!r}:\n{result.stderr}"


def test_good_tiny_site_builds(tmp_path):
    """The control case: without the defect the same tiny site builds."""
    config = tiny_site(tmp_path, {"index.md": GOOD_PAGE}, ["index.md"], {"a/hello.py": 'print("你好")\n'})
    result = build(config)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "你好" in html and 'id="小节"' in html
