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

from tests.harness import DOCS, FENCE, ROOT, SNIPPETS, find_snippets, page_includes, unlabelled_python_blocks
from tests.test_snippets import as_example

sys.path.insert(0, str(ROOT / "assets/hooks"))
from facts import Results, matrix, minor  # noqa: E402

ALL_SNIPPETS = find_snippets()
# Made by assets/hooks/snippets.py: the index, and one page per chapter that the nav lists. The
# strict build fails if the hook and the nav disagree (a nav entry with no page, an omitted page).
GENERATED_DIR = "examples/"


@pytest.mark.parametrize("snippet", ALL_SNIPPETS, ids=[s.display for s in ALL_SNIPPETS])
def test_lint(snippet, eval_example: EvalExample):
    """black + ruff via pytest-examples, keeping `#>` output comments intact."""
    # A snippet gated on a newer Python (e.g. `except*`, 3.11) is parsed as that version.
    target = "py" + "".join((snippet.options.python or "3.11").split(".")[:2])
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


# --- file paths the pages name -----------------------------------------------------------------

NAMED_PATH = re.compile(r"`([\w.-]+(?:/[\w.-]+)+\.(?:py|out|md|ipynb|toml|yml|txt|json))`")
EXTERNAL_PREFIXES = ("Lib/", "Modules/", "Python/", "Include/", "Objects/")  # CPython's source tree


def named_paths_missing(text: str) -> list[str]:
    missing = []
    for name in NAMED_PATH.findall(text):
        if name.startswith(EXTERNAL_PREFIXES):
            continue
        if not any((base / name).exists() for base in (ROOT, SNIPPETS, DOCS)):
            missing.append(name)
    return missing


def test_every_file_path_a_page_names_exists():
    """A path in inline code (`threads/basics/x.py`, `tests/...`) must name a file of this repository."""
    bad = [f"docs/{md.relative_to(DOCS).as_posix()}: {name}" for md in sorted(DOCS.rglob("*.md"))
           for name in named_paths_missing(md.read_text(encoding="utf-8"))]
    assert not bad, "pages name files that do not exist:\n  " + "\n  ".join(bad)


def test_the_file_path_check_can_fail():
    assert named_paths_missing("运行 `threads/basics/create_function.py`") == ["threads/basics/create_function.py"]
    assert named_paths_missing("见 `Lib/asyncio/tasks.py` 与 `threads/basics/thread_function.py`") == []


# --- one vocabulary: the glossary's 不要写作 column -----------------------------------------

GLOSSARY = DOCS / "glossary.md"
# The table itself names the variants; errata.md quotes old text as it was.
VOCABULARY_EXEMPT = {"glossary.md", "errata.md"}
INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
LINK_TARGET = re.compile(r"\]\([^)\n]*\)|^ {0,3}\[[^\]\n]+\]:[^\n]*$|<https?://[^>\s]*>", re.M)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def glossary_variants(text: str) -> dict[str, str]:
    """variant -> term, from every table of the glossary that has a 不要写作 column ("—": none)."""
    variants: dict[str, str] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif "不要写作" in header and not set(line) <= set("|-: "):
            row = dict(zip(header, cells))
            for variant in re.split(r"[、,，]", row["不要写作"].replace("`", "")):
                if variant.strip() not in ("", "—", "-"):
                    variants[variant.strip()] = row["术语"]
    return variants


def prose(text: str) -> str:
    """What a reader reads as text: code blocks, inline code, link targets and comments blanked,
    line numbers kept. Mermaid diagrams stay: their labels are read as prose."""
    text = FENCE.sub(lambda m: m[0] if m["lang"] == "mermaid" else "\n" * m[0].count("\n"), text)
    text = HTML_COMMENT.sub(lambda m: "\n" * m[0].count("\n"), text)
    text = INLINE_CODE.sub(" ", text)
    return LINK_TARGET.sub(" ", text)


def variant_pattern(variant: str) -> re.Pattern:
    # An ASCII variant is a whole word: "IO" is wrong, StringIO and IOCP are names.
    if variant.isascii():
        return re.compile(rf"(?<![A-Za-z0-9_]){re.escape(variant)}(?![A-Za-z0-9_])")
    return re.compile(re.escape(variant))


def vocabulary_uses(text: str, variants: dict[str, str]) -> list[tuple[int, str]]:
    patterns = {variant: variant_pattern(variant) for variant in variants}
    return [
        (number, variant)
        for number, line in enumerate(prose(text).split("\n"), 1)
        for variant, pattern in patterns.items()
        if pattern.search(line)
    ]


def test_pages_use_the_glossary_vocabulary():
    variants = glossary_variants(GLOSSARY.read_text(encoding="utf-8"))
    assert variants, "docs/glossary.md has no 不要写作 column, or it lists nothing"
    terms = {part.strip() for term in variants.values() for part in term.split("/")}
    clashes = [f"{v} (for {variants[v]}) is part of {t}" for v in variants for t in terms if v in t]
    assert not clashes, "a forbidden variant inside a right term would flag every use of it:\n  " + "\n  ".join(clashes)
    bad = []
    for md in sorted(DOCS.rglob("*.md")):
        page = md.relative_to(DOCS).as_posix()
        if page in VOCABULARY_EXEMPT:
            continue
        for line, variant in vocabulary_uses(md.read_text(encoding="utf-8"), variants):
            bad.append(f"docs/{page}:{line}:{variant} (the glossary says {variants[variant]})")
    assert not bad, "pages use variants that docs/glossary.md lists under 不要写作:\n  " + "\n  ".join(bad)


def test_the_vocabulary_check_can_fail():
    glossary = (
        "| 术语 | 英文 | 不要写作 | 解释 | 详见 |\n| --- | --- | --- | --- | --- |\n"
        "| 屏障 | barrier | 栅栏 | 到齐后一起继续 | x |\n| I/O | input/output | `IO` | 输入输出 | x |\n"
        "| 线程 | thread | — | 执行流 | x |\n\n| 术语 | 不要写作 |\n| --- | --- |\n| 锁 | 互斥量 |\n"
    )
    variants = glossary_variants(glossary)
    assert variants == {"栅栏": "屏障", "IO": "I/O", "互斥量": "锁"}
    page = (
        "# 页\n\n用栅栏同步。\n\n```python title=\"片段\"\nx = \"栅栏 IO\"  # 代码不算\n```\n\n"
        "`栅栏` 和 [链接](io/栅栏.md) 的地址不算；网络 IO 算，StringIO、IOCP 不算。\n\n"
        "```mermaid\nflowchart LR\n    A[\"等待 IO\"]\n```\n"
    )
    assert vocabulary_uses(page, variants) == [(3, "栅栏"), (9, "IO"), (13, "IO")]


# --- versions: one source of truth ---------------------------------------------------------

# A sentence that says examples were run, checked or measured on some Pythons.
CLAIM = re.compile(r"[^。\n]*(?:验证|核对|实测|运行过|测试过|持续集成)[^。\n]*")
VERSIONS = re.compile(r"(?<![\d.])3\.(\d+)(?:\.\d+)?t?(?:\s*[–~～-]\s*3\.(\d+))?(?![\d])")


def claimed_minors(sentence: str) -> set[str]:
    found = set()
    for m in VERSIONS.finditer(sentence):
        low, high = int(m[1]), int(m[2] or m[1])
        found |= {f"3.{n}" for n in range(low, high + 1)}
    return found


def covered_minors() -> set[str]:
    """The minor versions this test run verified (or, without results, the matrix)."""
    pythons = Results.load().pythons or matrix()
    return {minor(p).rstrip("t") for p in pythons}


def version_claims(text: str) -> list[tuple[int, str]]:
    """(line, sentence) for every sentence that claims a run; a sentence may span lines."""
    claims, line = [], 1
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        for sentence in re.split(r"(?<=[。！？])", paragraph.replace("\n", " ")):
            if CLAIM.search(sentence):
                claims.append((line, sentence.strip()))
        line += paragraph.count("\n")
    return claims


def test_no_page_claims_a_version_the_run_did_not_cover():
    covered = covered_minors()
    bad = []
    for md in sorted(DOCS.rglob("*.md")):
        for line, sentence in version_claims(md.read_text(encoding="utf-8")):
            outside = claimed_minors(sentence) - covered
            if outside:
                bad.append(f"docs/{md.relative_to(DOCS).as_posix()}:{line}: {sorted(outside)} in {sentence[:120]!r}")
    assert not bad, f"pages claim runs on Pythons this run did not cover ({sorted(covered)}):\n  " + "\n  ".join(bad)


def test_the_version_claim_check_can_fail():
    assert claimed_minors("本页示例在 3.10–3.13 上运行并核对过") == {"3.10", "3.11", "3.12", "3.13"}
    assert claimed_minors("实测 3.13.8 / 3.14.1 起不同") == {"3.13", "3.14"}
    assert "3.10" not in covered_minors()
    two_lines = "本站在 gevent 上实测：这样用\n在 3.10–3.13 上会卡住。\n\n另一段 3.9。"
    assert [claimed_minors(s) for _, s in version_claims(two_lines)] == [{"3.10", "3.11", "3.12", "3.13"}]


def test_home_page_and_readme_take_the_pythons_from_the_matrix():
    """The home page's sentence is filled by the build; the README lists the matrix as it is."""
    assert "<!-- md:verified-pythons -->" in (DOCS / "index.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "、".join(matrix()) in readme, f"README.md does not list the matrix {matrix()} (noxfile.py PYTHONS)"


def test_pages_workflow_installs_the_matrix():
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    listed = re.search(r"python-version: \|\n((?:\s+[\d.t]+\n)+)", workflow)
    versions = set(listed[1].split()) if listed else set()
    gil = [v for v in matrix() if not v.endswith("t")]
    assert set(gil) <= versions, f"pages.yml setup-python lacks {sorted(set(gil) - versions)}"
    assert versions & {v for v in matrix() if v.endswith("t")}, "pages.yml installs no free-threaded Python"


def test_built_pages_show_exact_versions_from_the_run():
    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    results = Results.load()
    if not results.pythons or not (site / "index.html").exists():
        pytest.skip("needs the snippet results and the site built from them (nox -s tests)")
    home = (site / "index.html").read_text(encoding="utf-8")
    for python in results.pythons:
        assert python in home, f"home page does not name {python}"
    page = (site / "threads/basics/index.html").read_text(encoding="utf-8")
    badges = re.findall(r'<span class="snippet-tested">([^<]+)</span>', page)
    assert badges and all(all(p in b for p in results.pythons) for b in badges), badges[:3]


# --- diagrams drawn at build time ---------------------------------------------------------------


def test_every_diagram_comes_from_the_committed_cache():
    """A machine without Chromium builds from assets/diagrams/: each diagram there, none unused."""
    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    if not (site / "index.html").exists():
        pytest.skip("needs the built site (nox -s tests builds it first)")
    used = {m for page in site.rglob("*.html") for m in re.findall(r'<svg id="diagram-([0-9a-f]{16})"', page.read_text(encoding="utf-8"))}
    cached = {p.stem for p in (ROOT / "assets/diagrams").glob("*.svg")}
    tracked = set(subprocess.run(["git", "ls-files", "assets/diagrams"], cwd=ROOT, capture_output=True, text=True).stdout.split())
    assert used, "the built site has no diagram"
    assert used <= cached and cached <= used, f"unused {sorted(cached - used)}, missing {sorted(used - cached)}: run `nox -s diagrams`"
    untracked = sorted(k for k in used if f"assets/diagrams/{k}.svg" not in tracked)
    assert not untracked, f"diagrams drawn by this build but not committed: {untracked} (commit assets/diagrams/)"


def test_no_diagram_javascript_ships():
    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    if not (site / "index.html").exists():
        pytest.skip("needs the built site (nox -s tests builds it first)")
    assert not list(site.rglob("*mermaid*")), "Mermaid files in the built site"
    assert not [p for p in site.rglob("*.html") if 'class="mermaid"' in p.read_text(encoding="utf-8")]


# --- the publishing path ------------------------------------------------------------------------

VENDORED = [ROOT / "assets/vendor/mermaid", ROOT / "tests/vendor/axe-core"]


def test_workflows_have_no_zizmor_findings():
    """Pinned actions, least-privilege permissions, no persisted credentials: zizmor, offline."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "zizmor"), "--offline", "--persona", "pedantic", "--no-progress", str(ROOT / ".github")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0 and "No findings" in result.stdout + result.stderr, result.stdout + result.stderr


@pytest.mark.parametrize("vendor", VENDORED, ids=[p.name for p in VENDORED])
def test_vendored_files_match_their_recorded_checksums(vendor):
    import hashlib

    recorded = dict(line.split("  ", 1)[::-1] for line in (vendor / "SHA256SUMS").read_text().splitlines())
    present = {p.relative_to(vendor).as_posix() for p in vendor.rglob("*") if p.is_file()} - {"SHA256SUMS", "VERSION"}
    assert present == set(recorded), f"{vendor.name}: files not in SHA256SUMS {sorted(present ^ set(recorded))}"
    for name, digest in recorded.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, f"{vendor.name}/{name} changed"
    assert "Source:" in (vendor / "VERSION").read_text(), f"{vendor.name}/VERSION does not say where it came from"


def test_locks_hold_every_pin_of_pyproject():
    """locks/<group>.txt are resolved from pyproject.toml's groups: `nox -s lock` after editing them."""
    import tomllib

    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]
    stale = []
    for name, specs in groups.items():
        lock = (ROOT / f"locks/{name}.txt").read_text(encoding="utf-8").lower()
        for spec in specs:
            if isinstance(spec, str) and "==" in spec:
                pin = re.sub(r"\[.*?\]", "", spec.split(";")[0]).strip().lower().replace("_", "-")
                if f"{pin} " not in lock and f"{pin}\n" not in lock:
                    stale.append(f"locks/{name}.txt lacks {pin}")
    assert not stale, "\n".join(stale)


# --- bad input fails the strict build, naming the file ---------------------------------------


def tiny_site(tmp_path: Path, pages: dict[str, str], nav: list[str], snippets: dict[str, str]) -> Path:
    """A copy of the real mkdocs.yml over a few pages, so a build takes seconds."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[0]
    config = config.replace("docs_dir: docs", f"docs_dir: {tmp_path / 'docs'}")
    config = config.replace("custom_dir: assets/theme", f"custom_dir: {ROOT / 'assets/theme'}")
    config = config.replace("base_path: [snippets, ", f"base_path: [{tmp_path / 'snippets'}, {ROOT}/")
    config = config.replace("  - stylesheets/extra.css\n", "")
    config = config.replace("  - assets/hooks/", f"  - {ROOT}/assets/hooks/")
    config = config.replace("watch:\n  - snippets\n  - assets\n", f"watch:\n  - {tmp_path / 'snippets'}\n")
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


# --- page weight: no template indentation (assets/hooks/whitespace.py) -------------------------


def test_squeeze_keeps_verbatim_blocks_and_cuts_indentation():
    from whitespace import squeeze

    page = '<div>\n    <pre><code>  a\n      b</code></pre>\n  <code>x  \n  y</code>\n\n   <p>t</p>\n</div>'
    assert squeeze(page) == '<div>\n<pre><code>  a\n      b</code></pre>\n<code>x  \n  y</code>\n<p>t</p>\n</div>'


def test_built_pages_carry_no_template_indentation():
    from whitespace import squeeze

    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    pages = sorted(site.rglob("*.html"))
    assert pages, f"no built pages in {site}"
    loose = [p.relative_to(site).as_posix() for p in pages if squeeze(p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")]
    assert not loose, f"pages the whitespace hook did not process: {loose[:5]}"


def test_diagram_compaction_rounds_coordinates_not_labels():
    from diagrams import compact

    svg = '<svg viewBox="0 0 10.123 5.678"><g><text x="1.25">3.13t / 0.25 秒</text></g></svg>'
    assert compact(svg) == '<svg viewBox="0 0 10.1 5.6"><g><text x="1.2">3.13t / 0.25 秒</text></g></svg>'


def test_diagram_labels_keep_the_numbers_their_source_has():
    """Each version or decimal written in a page's Mermaid source is in the SVG the page shows."""
    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    checked, lost = 0, []
    for md in sorted(DOCS.rglob("*.md")):
        sources = re.findall(r"^```mermaid\n(.*?)^```", md.read_text(encoding="utf-8"), re.S | re.M)
        if not sources:
            continue
        rel = md.relative_to(DOCS).with_suffix("")
        built = site / (rel.parent if rel.name == "index" else rel) / "index.html"
        svgs = re.findall(r'<svg id="diagram-.*?</svg>', built.read_text(encoding="utf-8"), re.S)
        shown = re.sub(r"<style>.*?</style>|<[^>]+>", " ", "".join(svgs), flags=re.S)
        for number in sorted(set(re.findall(r"\d+\.\d+(?:\.\d+)*", "".join(sources)))):
            checked += 1
            if number not in shown:
                lost.append(f"{md.relative_to(ROOT).as_posix()}: {number}")
    assert checked, "no numbers in any diagram source"
    assert not lost, f"diagram labels lost numbers their source has: {lost}"
