"""mkdocs hook: drop the indentation the theme's templates leave in every page.

Material's templates put each tag on its own indented line; the navigation alone carries about
18 KB of that whitespace on every page. Outside <pre>, <code>, <textarea>, <script> and <style>,
a newline followed by more whitespace renders exactly like one newline, so it is cut to one.
"""

from __future__ import annotations

import re

VERBATIM = re.compile(r"(<(pre|code|textarea|script|style)\b.*?</\2>)", re.S)
INDENT = re.compile(r"\n[ \t\r\n]*")


def squeeze(html: str) -> str:
    parts = VERBATIM.split(html)  # [text, verbatim, tag name, text, verbatim, tag name, ..., text]
    for i in range(0, len(parts), 3):
        parts[i] = INDENT.sub("\n", parts[i])
    return "".join(p for i, p in enumerate(parts) if i % 3 != 2)


def on_post_page(output: str, page, config) -> str:
    return squeeze(output)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return squeeze(output_content) if template_name.endswith(".html") else output_content  # 404.html
