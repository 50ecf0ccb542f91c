"""mkdocs hook: make every included snippet downloadable and say where it was verified.

* copies snippets/**/*.py and *.out into the site under snippets/ (raw files to download);
* after each snippet's file name in a code block title, adds a download link and, when the test
  run left results in test-results/snippets-*.json, the exact Pythons × start methods that
  passed and the builds it was skipped on, with the reason;
* fills the home page's <!-- md:verified-pythons --> with the Pythons of that run (else the matrix);
* gives notebook figures and Mermaid diagrams Chinese alternative text (their section's title);
* makes tables keyboard-focusable (they scroll sideways on phones);
* generates the 示例索引 pages: examples/index.md (one row per chapter) and, for each chapter (a
  top-level section of the nav), examples/<chapter>.md listing every snippet its pages show, with
  the section it appears in, its output and where it was verified.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from markdown.extensions.toc import unique
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from facts import ROOT, SNIPPETS, START_METHODS, Results, matrix, python_key

INDEX_DIR = "examples"
# Top-level nav sections (or single pages) whose pages show snippets -> their example page.
CHAPTERS = {
    "基础": "basics",
    "线程": "threads",
    "进程": "processes",
    "concurrent.futures": "futures",
    "子解释器": "interpreters",
    "优雅退出与信号": "shutdown",
    "协程": "coroutines",
    "实战": "practice",
    "图解": "visual",
    "上下文变量 contextvars": "contextvars",
    "排查卡住的程序": "debugging",
}
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE_LINE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
FILENAME = re.compile(r'<span class="filename">([^<]+\.py)</span>')
INCLUDE = re.compile(r"""^[ \t]*-{1,}8<-{1,}[ \t]+["']([^"':]+\.py)(?::[\w-]+)?["']""", re.M)
METHOD_ORDER = {"script": 0, "inline": 0, **{m: i for i, m in enumerate(START_METHODS, 1)}}
# The home page's "verified on" sentence: the Pythons of the last test run, else the matrix.
PYTHONS_MARKER = "<!-- md:verified-pythons -->"


def tested_on(rel: str) -> str:
    """已验证：Python 3.11.7、… × fork/spawn/forkserver, plus the builds it was skipped on and why."""
    runs = _results.passed.get(rel, {})
    if not runs:
        return ""
    versions = sorted(runs, key=python_key)
    methods = sorted(set().union(*runs.values()), key=METHOD_ORDER.get)
    text = "、".join(versions)
    if any(m in START_METHODS for m in methods):
        text += " × " + "/".join(methods)
    skips = _results.skipped.get(rel, {})
    for python in sorted(skips, key=python_key):
        text += f"；{python} 上跳过：{skips[python].split(': ', 1)[-1]}"
    return f"已验证：Python {text}"


def verified_pythons() -> str:
    labels = _results.pythons or matrix()
    gil = [p for p in labels if not p.endswith("t")]
    free = [p for p in labels if p.endswith("t")]
    # Without results the matrix names the free-threaded candidates, of which one runs.
    free_text = ("、" if _results.pythons else " 或 ").join(free)
    return "CPython " + "、".join(gil) + (f" 与自由线程版 {free_text}" if free else "")


_results = Results()


def on_config(config):
    global _results
    _results = Results.load()
    return config


def on_page_markdown(markdown, page, config, files):
    return markdown.replace(PYTHONS_MARKER, verified_pythons())


def on_files(files, config):
    for path, text in example_pages(config).items():
        files.append(File.generated(config, path, content=text))
    return files


def _heading_markdown(raw: str) -> str:
    """A heading's inline Markdown, without an attr_list and with links reduced to their text."""
    text = re.sub(r"\s*\{[^}]*\}\s*$", "", raw)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).strip()


def _heading_text(raw: str) -> str:
    """A heading as the table of contents sees it when it makes the anchor (markup dropped)."""
    return re.sub(r"[`*]", "", _heading_markdown(raw)).strip()


def snippet_sections(md_text: str, slugify) -> list[tuple[str, str, str]]:
    """(snippet, section title, anchor) for each --8<-- include of a .py file, in page order.

    The section is the nearest heading above the include; anchors are made as the toc extension
    makes them (same slugify, its `unique` for a repeated one); mkdocs --strict checks every link.
    """
    found, used, title, anchor, fence = [], set(), "", "", None
    for line in md_text.splitlines():
        fence_match = FENCE_LINE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip()[len(marker):]:
                fence = None
        include = INCLUDE.match(line)
        if include:
            found.append((include.group(1), title, anchor))
            continue
        heading = HEADING.match(line) if fence is None else None
        if heading:
            title = _heading_markdown(heading.group(2))
            slug = unique(slugify(_heading_text(heading.group(2)), "-"), used)
            anchor = slug if len(heading.group(1)) > 1 else ""
    return found


def chapters(config) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """(chapter title, [(page path, page title)]) for each top-level nav entry."""
    docs = Path(config["docs_dir"])
    result = []
    for item in config["nav"] or []:
        if not isinstance(item, dict):
            continue
        (title, value), = item.items()
        pages = []

        def walk(entry, label=None):
            if isinstance(entry, str):
                pages.append((entry, label))
            elif isinstance(entry, list):
                for child in entry:
                    walk(child)
            elif isinstance(entry, dict):
                for child_label, child in entry.items():
                    walk(child, child_label)

        walk(value, title if isinstance(value, str) else None)
        result.append((title, [(p, label) for p, label in pages if p.endswith(".md") and (docs / p).is_file()]))
    return result


def example_pages(config) -> dict[str, str]:
    """examples/index.md and examples/<chapter>.md."""
    docs = Path(config["docs_dir"])
    slugify = config["mdx_configs"].get("toc", {}).get("slugify")
    if slugify is None:
        from markdown.extensions.toc import slugify
    intro = (
        "本站每个示例都是一个完整的程序：点文件名下载，用 `python 文件名.py` 直接运行。"
        "“输出”是它真实运行时打印的内容，测试逐行核对；“验证”一栏来自最近一次测试运行。"
    )
    pages = {}
    rows = []
    everything: set[str] = set()
    for title, chapter_pages in chapters(config):
        lines = [f"# {title}：示例", "", intro, ""]
        chapter_snippets: set[str] = set()
        for page, label in chapter_pages:
            found = snippet_sections((docs / page).read_text(encoding="utf-8"), slugify)
            seen = list(dict.fromkeys(rel for rel, _, _ in found))
            if not seen:
                continue
            where = {rel: (sec, anchor) for rel, sec, anchor in reversed(found)}  # first place shown
            page_title = label or page
            dirs = [Path(rel).parent.as_posix() for rel in seen]
            main_dir = max(dict.fromkeys(dirs), key=dirs.count)
            lines += [
                f"## [{page_title}](../{page})",
                "",
                f"源文件在 `snippets/{main_dir}/`。",
                "",
                "| 示例 | 所在小节 | 输出 | 验证 |",
                "| --- | --- | --- | --- |",
            ]
            for rel in seen:
                section, anchor = where[rel]
                out = Path(rel).with_suffix(".out").as_posix()
                # Raw <a>: mkdocs validates Markdown links against pages, and these are plain files.
                code = (
                    f'<a href="../../snippets/{rel}" download title="下载 {rel}">'
                    f"<code>{Path(rel).name if Path(rel).parent.as_posix() == main_dir else rel}</code></a>"
                )
                out_cell = f'<a href="../../snippets/{out}">输出</a>' if (SNIPPETS / out).exists() else "`#>` 注释"
                link = f"[{section or page_title}](../{page}{'#' + anchor if anchor else ''})"
                lines.append(f"| {code} | {link} | {out_cell} | {tested_on(rel) or '—'} |")
            lines.append("")
            chapter_snippets.update(seen)
        if not chapter_snippets:
            continue
        if title not in CHAPTERS:
            raise PluginError(
                f"snippets hook: nav section {title!r} shows snippets but has no example page; "
                f"add it to CHAPTERS in {Path(__file__).relative_to(ROOT)}"
            )
        slug = CHAPTERS[title]
        pages[f"{INDEX_DIR}/{slug}.md"] = "\n".join(lines)
        rows.append(f"| [{title}]({slug}.md) | {len(chapter_snippets)} |")
        everything |= chapter_snippets
    total = len(everything)
    pages[f"{INDEX_DIR}/index.md"] = "\n".join(
        [
            "# 示例索引",
            "",
            intro,
            "",
            f"全站共 {total} 个示例，按章列出：",
            "",
            "| 章 | 示例数 |",
            "| --- | --- |",
            *rows,
            "",
        ]
    )
    return pages


def on_page_content(content, page, config, files):
    depth = page.url.count("/")
    root = "../" * depth if page.url else ""

    def decorate(match: re.Match) -> str:
        rel = html.unescape(match.group(1))
        if not (SNIPPETS / rel).is_file():
            return match.group(0)
        name = html.escape(rel)
        facts = tested_on(rel)
        badge = f'<span class="snippet-tested">{html.escape(facts)}</span>' if facts else ""
        link = (
            f'<a class="snippet-download" href="{root}snippets/{name}" download '
            f'title="下载 {name}" aria-label="下载 {name}">下载</a>'
        )
        return f'<span class="filename">{name}{badge}{link}</span>'

    content = FILENAME.sub(decorate, content)
    # Wide tables scroll sideways on phones; a scrollable region must be reachable by keyboard.
    content = content.replace("<table>", '<table tabindex="0">')
    return describe_figures(content, page.title or "")


FIGURE_OR_HEADING = re.compile(
    r"<h[1-6][^>]*>(?P<heading>.*?)</h[1-6]>"
    r'|<img alt="No description has been provided for this image"'  # nbconvert's default
    r'|<pre class="mermaid">.*?</pre>',
    re.S,
)


def describe_figures(content: str, title: str) -> str:
    """Chinese alternative text for notebook figures and Mermaid diagrams: the section they are in."""
    section = title

    def replace(match: re.Match) -> str:
        nonlocal section
        if match.group("heading") is not None:
            text = html.unescape(re.sub(r"<[^>]+>", "", match.group("heading")))
            section = text.replace("¶", "").strip() or section
            return match.group(0)
        label = html.escape(section, quote=True)
        if match.group(0).startswith("<img"):
            return f'<img alt="图：{label}"'
        # Material swaps the <pre> for its rendering; the labelled wrapper stays.
        return f'<div class="diagram" role="img" aria-label="示意图：{label}">{match.group(0)}</div>'

    return FIGURE_OR_HEADING.sub(replace, content)


def on_post_build(config):
    target = Path(config["site_dir"]) / "snippets"
    for path in SNIPPETS.rglob("*"):
        if path.suffix in (".py", ".out"):
            dest = target / path.relative_to(SNIPPETS)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
