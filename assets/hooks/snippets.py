"""mkdocs hook: make every included snippet downloadable and say where it was verified.

* copies snippets/**/*.py and *.out into the site under snippets/ (raw files to download);
* after each snippet's file name in a code block title, adds a download link and, when the test
  run left results in test-results/snippets-*.json, the Pythons × start methods that passed;
* gives notebook figures and Mermaid diagrams Chinese alternative text (their section's title);
* makes tables keyboard-focusable (they scroll sideways on phones);
* generates the page examples.md (示例索引): every snippet, grouped by the page that shows it.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
RESULTS = ROOT / "test-results"
INDEX_PAGE = "examples.md"
FILENAME = re.compile(r'<span class="filename">([^<]+\.py)</span>')
INCLUDE = re.compile(r"""^[ \t]*-{1,}8<-{1,}[ \t]+["']([^"':]+\.py)(?::[\w-]+)?["']""", re.M)
METHOD_ORDER = {"script": 0, "inline": 0, "fork": 1, "spawn": 2, "forkserver": 3}


def load_results() -> dict[str, dict[str, set[str]]]:
    """{'threads/basics/x.py': {'3.12': {'fork', 'spawn'}}} for snippets that passed."""
    passed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted(RESULTS.glob("snippets-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for rel, runs in data["snippets"].items():
            for method, outcome in runs.items():
                if outcome == "passed":
                    passed[rel][data["python"]].add(method)
    return passed


def tested_on(runs: dict[str, set[str]]) -> str:
    if not runs:
        return ""
    versions = sorted(runs, key=lambda v: tuple(int(p) for p in v.split(".")))
    methods = sorted(set().union(*runs.values()), key=METHOD_ORDER.get)
    text = "、".join(versions)
    if any(m in ("fork", "spawn", "forkserver") for m in methods):
        text += " × " + "/".join(methods)
    return f"已验证：Python {text}"


_results: dict[str, dict[str, set[str]]] = {}


def on_config(config):
    _results.clear()
    _results.update(load_results())
    return config


def on_files(files, config):
    files.append(File.generated(config, INDEX_PAGE, content=index_markdown(config)))
    return files


def index_markdown(config) -> str:
    docs = Path(config["docs_dir"])
    by_page: dict[str, list[str]] = {}
    for md in sorted(docs.rglob("*.md")):
        found = INCLUDE.findall(md.read_text(encoding="utf-8"))
        if found:
            by_page[md.relative_to(docs).as_posix()] = list(dict.fromkeys(found))
    results = _results
    lines = [
        "# 示例索引",
        "",
        "本站每个示例都是一个完整的程序。下面按页面列出全部示例，点文件名下载源代码，"
        "点“输出”查看它真实运行时打印的内容。",
        "",
    ]
    for page, snippets in by_page.items():
        lines += [f"## [{page.removesuffix('.md')}]({page})", "", "| 示例 | 输出 | 验证 |", "| --- | --- | --- |"]
        for rel in snippets:
            out = Path(rel).with_suffix(".out").as_posix()
            # Raw <a>: mkdocs validates Markdown links against pages, and these are plain files.
            out_cell = f'<a href="../snippets/{out}">输出</a>' if (SNIPPETS / out).exists() else "`#>` 注释"
            code = f'<a href="../snippets/{rel}" download><code>{rel}</code></a>'
            lines.append(f"| {code} | {out_cell} | {tested_on(results.get(rel, {})) or '—'} |")
        lines.append("")
    return "\n".join(lines)


def on_page_content(content, page, config, files):
    depth = page.url.count("/")
    root = "../" * depth if page.url else ""
    results = _results

    def decorate(match: re.Match) -> str:
        rel = html.unescape(match.group(1))
        if not (SNIPPETS / rel).is_file():
            return match.group(0)
        name = html.escape(rel)
        facts = tested_on(results.get(rel, {}))
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
