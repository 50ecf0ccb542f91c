"""mkdocs hook: Mermaid diagrams drawn at build time as inline SVG, so no diagram JavaScript ships.

Each ```mermaid fence becomes one SVG in Mermaid's grey "neutral" theme (the dark colour scheme
shows it inverted, see docs/stylesheets/extra.css), rendered by the vendored Mermaid
(assets/vendor/mermaid) in headless Chromium through Playwright, made smaller by compact(), and
cached under assets/diagrams/<key>.svg, where the key is a digest of the diagram, the Mermaid
version and the rendering settings. The cache is committed:
a machine without Chromium or Playwright builds and previews from it; a diagram missing from it
there fails the build, naming the page and the command that draws it (`nox -s diagrams`).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from facts import ROOT

VENDOR = ROOT / "assets/vendor/mermaid"
CACHE = ROOT / "assets/diagrams"
SETTINGS = {
    "theme": "neutral",  # greys: inverted for the dark scheme, they stay readable
    "securityLevel": "strict",
    "fontFamily": '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
}
FENCE = re.compile(r'<pre class="mermaid"><code>(?P<code>.*?)</code></pre>', re.S)
ORIGIN = "http://mermaid.invalid/"  # served from VENDOR by the page's route, never the network
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


COMPACTION = 2  # bump when compact() changes: the cache is redrawn


def diagram_key(code: str) -> str:
    version = (VENDOR / "VERSION").read_text(encoding="utf-8").split("\n", 1)[0]
    material = json.dumps([version, SETTINGS, COMPACTION, code.strip()], ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()[:16]


class Renderer:
    """One headless Chromium for the whole build, started at the first diagram not in the cache."""

    def __init__(self) -> None:
        self._playwright = self._browser = self._page = None

    def render(self, code: str, svg_id: str) -> str:
        if self._page is None:
            self._start()
        return self._page.evaluate(
            """async ([code, id, settings]) => {
                const {default: mermaid} = await import('/mermaid.esm.min.mjs');
                mermaid.initialize({startOnLoad: false, ...settings});
                return (await mermaid.render(id, code)).svg;
            }""",
            [code, svg_id, SETTINGS],
        )

    def _start(self) -> None:
        from playwright.sync_api import sync_playwright  # only where a diagram must be drawn

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else None,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        self._page = self._browser.new_page()

        def serve(route):
            rel = route.request.url.removeprefix(ORIGIN)
            if rel == "index.html":
                return route.fulfill(body="<!doctype html><meta charset=utf-8>", content_type="text/html")
            route.fulfill(path=str(VENDOR / rel), content_type="text/javascript")

        self._page.route(ORIGIN + "**", serve)
        self._page.goto(ORIGIN + "index.html")

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
            self._playwright.stop()
        self.__init__()


_renderer = Renderer()

DECIMALS = re.compile(r"(-?\d+\.\d)\d+")
TAG = re.compile(r"<[^>]+>")  # coordinates live in tags; text between them is what readers read
MARKER = re.compile(r'<marker id="([^"]+)".*?</marker>', re.S)
STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def compact(svg: str) -> str:
    """Mermaid's SVG, smaller: 0.1 px precision, only the markers and CSS rules it uses.

    Only numbers inside tags are rounded: a label such as "3.13t" or "0.25 秒" stays as written.
    """
    svg = TAG.sub(lambda tag: DECIMALS.sub(r"\1", tag[0]), svg)
    svg = MARKER.sub(lambda m: m[0] if f"url(#{m[1]})" in svg else "", svg)
    used = set(re.findall(r'class="([^"]*)"', svg))
    classes = {c for value in used for c in value.split()}

    def prune(css: str) -> str:
        kept = []
        for rule in re.findall(r"[^{}]+\{[^{}]*\}|@[^{]+\{(?:[^{}]*\{[^{}]*\})*\s*\}", css):
            selector = rule.split("{", 1)[0]
            wanted = set(re.findall(r"\.([\w-]+)", selector))
            if selector.lstrip().startswith("@") or not wanted or any(
                wanted_part <= classes for wanted_part in (set(re.findall(r"\.([\w-]+)", part)) for part in selector.split(","))
            ):
                kept.append(rule)
        return "".join(kept)

    return STYLE.sub(lambda m: f"<style>{prune(m[1])}</style>", svg)


def svg_for(code: str, where: str) -> str:
    key = diagram_key(code)
    cached = CACHE / f"{key}.svg"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    try:
        svg = compact(_renderer.render(code.strip(), f"diagram-{key}"))
    except ImportError:
        raise PluginError(
            f"diagrams hook: {where}: a Mermaid diagram is not in {CACHE.relative_to(ROOT)} and "
            "Playwright is not installed to draw it: run `nox -s diagrams` and commit the new files"
        ) from None
    except Exception as exc:  # a Mermaid syntax error, no Chromium, ...
        raise PluginError(f"diagrams hook: {where}: cannot draw a Mermaid diagram: {exc}") from None
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(svg, encoding="utf-8")
    return svg


def on_page_content(content, page, config, files):
    return FENCE.sub(lambda m: svg_for(html.unescape(m["code"]), page.file.src_uri), content)


def on_post_build(config):
    _renderer.close()


def on_build_error(error):
    _renderer.close()
