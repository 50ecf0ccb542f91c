"""The built site in a real browser (Debian chromium driven by Playwright), served on loopback.

Every page, in light mode at desktop width and in dark mode at phone width (375 px): loads, no
console error, no request to any host but ours, no sideways scrolling, no serious axe-core
finding. Search finds Chinese and English terms. Bytes and DOMContentLoaded per page are recorded
and summarised at the end of the run (tests/conftest.py).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlparse

import pytest

from tests.harness import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ARTIFACTS = ROOT / "test-artifacts"
WEIGHTS = ROOT / "test-results" / "page-weight"
AXE = ROOT / "tests/vendor/axe-core/axe.min.js"
BUDGET_BYTES = 450 * 1000  # first visit of every page, uncompressed


def nav_pages() -> list[str]:
    """Site-relative URLs of every page in mkdocs.yml's nav (use_directory_urls)."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[1]
    pages = re.findall(r":\s*([\w./-]+)\.(?:md|ipynb)\s*$", nav, re.M)
    return ["" if p == "index" else p.removesuffix("/index") + "/" for p in pages]


def site_prefix(site_dir: Path) -> str:
    """The path of the built site's site_url ("/repo/" on GitHub Pages), read from the home page's
    canonical link: the site is served under it, as it will be there."""
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<link rel="canonical" href="([^"]+)"', home)
    return urlparse(match.group(1)).path if match else "/"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """SITE_DIR from nox (already built with --strict), or a fresh strict build."""
    if os.environ.get("SITE_DIR"):
        site = Path(os.environ["SITE_DIR"]).resolve()
        assert (site / "index.html").exists(), f"SITE_DIR={site} has no index.html; run `nox -s build`"
        return site
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, prefix: str = "/", **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no-such-file")
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, *args) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the browser moved on before a response was sent: not the site's fault
        super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    prefix = site_prefix(site_dir)
    handler = functools.partial(QuietHandler, directory=str(site_dir), prefix=prefix)
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # System Chromium when present (Debian's `chromium`), else the one `playwright install` fetched.
    executable = {"executable_path": str(CHROMIUM)} if CHROMIUM.exists() else {}
    with sync_playwright() as p:
        browser = p.chromium.launch(args=CHROMIUM_ARGS, **executable)
        yield browser
        browser.close()


class Visit:
    """One page load with everything the page asked for recorded.

    `page=None` opens a fresh browser context (nothing shared with other visits); the per-page
    tests pass a page kept for the whole worker instead, which spares Chromium a new renderer
    process per page. Routing every request (below) turns the HTTP cache off either way, so
    each visit fetches and counts everything a first-time reader's browser would.
    """

    def __init__(self, browser, url: str, *, dark: bool = False, width: int = 1280, page=None):
        self.context = None
        if page is None:
            self.context = browser.new_context(
                viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light"
            )
            page = self.context.new_page()
        self.page = page
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.bytes = 0
        self.urls: list[str] = []
        self.inflight = 0
        self._listeners = {
            "console": lambda m: m.type == "error" and self.errors.append(m.text),
            "pageerror": lambda e: self.errors.append(str(e)),
            "request": self._started,
            "requestfinished": self._count,
            "requestfailed": self._failed,
        }
        for event, handler in self._listeners.items():
            page.on(event, handler)
        page.route("**/*", self._route)
        page.goto(url, wait_until="load")
        self.settle()

    def settle(self, quiet_ms: int = 100, timeout_ms: int = 10_000) -> None:
        """Wait until no request has been in flight for `quiet_ms` (what Playwright's
        "networkidle" does, but with 100 ms instead of its fixed 500 ms)."""
        quiet = waited = 0
        while quiet < quiet_ms and waited < timeout_ms:
            self.page.wait_for_timeout(25)
            waited += 25
            quiet = quiet + 25 if self.inflight == 0 else 0
        assert quiet >= quiet_ms, f"{self.page.url}: requests still in flight after {timeout_ms} ms"

    def _route(self, route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob") or url.hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def _started(self, request) -> None:
        self.inflight += 1

    def _failed(self, request) -> None:
        self.inflight -= 1

    def _count(self, request) -> None:
        self.inflight -= 1
        sizes = request.sizes()
        self.bytes += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        self.urls.append(request.url)

    def dom_content_loaded_ms(self) -> float:
        return self.page.evaluate(
            "() => { const n = performance.getEntriesByType('navigation')[0];"
            " return n.domContentLoadedEventEnd - n.startTime; }"
        )

    def close(self) -> None:
        if self.context is not None:
            self.context.close()
            return
        self.page.unroute("**/*", self._route)
        for event, handler in self._listeners.items():
            self.page.remove_listener(event, handler)
        self.page.goto("about:blank")


@pytest.fixture(scope="session")
def reused_pages(browser):
    """One page per (color scheme, width), reused by the per-page tests of this worker."""
    contexts, pages = [], {}

    def get(dark: bool, width: int):
        if (dark, width) not in pages:
            contexts.append(
                browser.new_context(
                    viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light"
                )
            )
            pages[dark, width] = contexts[-1].new_page()
        return pages[dark, width]

    yield get
    for context in contexts:
        context.close()


@pytest.fixture
def visit(browser, reused_pages):
    """Open a page; `reuse=True` loads it in this worker's kept page for that scheme and width."""
    opened: list[Visit] = []

    def open_page(url: str, *, dark: bool = False, width: int = 1280, reuse: bool = False) -> Visit:
        page = reused_pages(dark, width) if reuse else None
        opened.append(Visit(browser, url, dark=dark, width=width, page=page))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


def axe_violations(v: Visit, rel: str) -> list[dict]:
    """Run axe-core (vendored npm build, injected from a file); fail on serious or critical."""
    v.page.add_script_tag(path=str(AXE))
    violations = v.page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    serious = [
        f"{x['id']} ({x['impact']}): {x['help']} at {[n['target'] for n in x['nodes'][:3]]}"
        for x in violations
        if x["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{rel}: axe-core found\n  " + "\n  ".join(serious)
    return violations


def has_diagram(site_dir: Path, rel: str) -> bool:
    """Diagrams are inline SVG drawn at build time (assets/hooks/diagrams.py)."""
    return 'class="diagram"' in (site_dir / rel / "index.html").read_text(encoding="utf-8")


def has_figure(site_dir: Path, rel: str) -> bool:
    """Notebook pages show their plotted figures as PNG files beside the page, loaded lazily."""
    page = (site_dir / rel / "index.html").read_text(encoding="utf-8")
    assert "data:image/png" not in page, f"{rel}: a figure is inlined as base64"
    return "<img" in page


def test_nav_pages_were_built(site_dir):
    missing = [rel for rel in nav_pages() if not (site_dir / rel / "index.html").exists()]
    assert not missing, f"nav pages missing from {site_dir}: {missing}"


@pytest.mark.parametrize("rel", nav_pages(), ids=lambda rel: unquote(rel) or "home")
def test_page_light_desktop(visit, base_url, site_dir, rel):
    """Loads cleanly, stays on loopback, no serious a11y finding; records its first-visit weight."""
    v = visit(base_url + quote(rel), reuse=True)
    diagram = has_diagram(site_dir, rel)
    assert not v.errors, f"{rel}: console errors {v.errors}"
    assert not v.foreign, f"{rel}: requests outside loopback {v.foreign}"
    assert v.page.title() and "404" not in v.page.title()
    assert not any("mermaid" in u for u in v.urls), f"{rel}: loads diagram JavaScript {v.urls}"
    if diagram:
        drawn = v.page.evaluate("[...document.querySelectorAll('.diagram svg')].map(s => s.getBoundingClientRect().height)")
        assert drawn and min(drawn) > 10, f"{rel}: diagrams not drawn as SVG: {drawn}"
    if v.page.locator("pre > code").count():
        v.page.locator("pre > code").first.scroll_into_view_if_needed()  # Material mounts on sight
        try:
            v.page.locator(".md-code__button").first.wait_for(state="attached", timeout=5000)
        except Exception:
            pytest.fail(f"{rel}: code blocks without a copy button", pytrace=False)
    unlabelled = v.page.evaluate(
        r"""() => [
            ...[...document.querySelectorAll('article img')].filter(i => !/[\u4e00-\u9fff]/.test(i.alt)),
            ...[...document.querySelectorAll('.diagram')].filter(d => !/[\u4e00-\u9fff]/.test(d.getAttribute('aria-label') || '')),
        ].map(e => e.outerHTML.slice(0, 80))"""
    )
    assert not unlabelled, f"{rel}: figures or diagrams without Chinese alt text: {unlabelled}"
    violations = axe_violations(v, rel)
    WEIGHTS.mkdir(parents=True, exist_ok=True)
    record = {
        "page": unquote(rel) or "/",
        "bytes": v.bytes,
        "dom_content_loaded_ms": round(v.dom_content_loaded_ms()),
        "diagram": diagram,
        "axe_minor": len(violations),
    }
    record["figure"] = has_figure(site_dir, rel)
    (WEIGHTS / f"{(unquote(rel) or 'home').strip('/').replace('/', '__')}.json").write_text(
        json.dumps(record, ensure_ascii=False), encoding="utf-8"
    )
    assert v.bytes <= BUDGET_BYTES, f"{rel}: first visit loads {v.bytes} bytes > {BUDGET_BYTES}"


@pytest.mark.parametrize("rel", nav_pages(), ids=lambda rel: unquote(rel) or "home")
def test_page_dark_phone(visit, base_url, site_dir, rel):
    v = visit(base_url + quote(rel), dark=True, width=375, reuse=True)
    assert not v.foreign, f"{rel}: requests outside loopback {v.foreign}"
    assert not v.errors, f"{rel}: console errors {v.errors}"
    overflow = v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{rel}: page scrolls sideways by {overflow}px at 375px"
    scheme = v.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == "slate", f"{rel}: dark preference not honoured ({scheme})"
    axe_violations(v, rel)


SEARCHES = [
    ("守护线程", "threads/basics/#守护线程"),
    ("全局解释器锁", "threads/gil/"),
    ("进程池", "processes/pool/"),
    ("管道", "processes/ipc/"),
    ("共享内存", "processes/shared-memory/"),
    ("事件循环", "asyncio/event-loop/"),
    ("信号量", "/sync/"),
    ("上下文变量", "contextvars/"),
    ("Pipe", "processes/ipc/"),
    ("TaskGroup", "asyncio/tasks/"),
    ("ProcessPoolExecutor", "futures-process/"),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_the_right_section(visit, base_url, query, expected):
    v = visit(base_url)
    page = v.page
    page.locator(".md-search__input").first.click()
    page.fill(".md-search__input", query)
    page.keyboard.press("End")  # Material searches on keyup, which an IME commit also sends
    try:
        page.wait_for_function(
            "expected => [...document.querySelectorAll('.md-search-result__link')].slice(0, 10)"
            ".some(a => { const u = new URL(a.href); "
            "return decodeURIComponent(u.pathname + u.hash).includes(expected) })",
            arg=expected,
            timeout=10000,
        )
    except Exception:
        hrefs = [unquote(a.get_attribute("href") or "") for a in page.locator(".md-search-result__link").all()]
        pytest.fail(f"search {query!r}: no top-10 result links to {expected}; got {hrefs[:10]}", pytrace=False)
    assert not v.foreign


def test_content_tabs_switch(visit, base_url, site_dir):
    rel = next(
        (p for p in nav_pages() if 'class="tabbed-set' in (site_dir / p / "index.html").read_text(encoding="utf-8")),
        None,
    )
    assert rel is not None, "no page uses content tabs"
    v = visit(base_url + quote(rel))
    tabs = v.page.locator(".tabbed-set").first
    second_label = tabs.locator(".tabbed-labels > label").nth(1)
    second_block = tabs.locator(".tabbed-content > .tabbed-block").nth(1)
    assert not second_block.is_visible()
    second_label.click()
    second_block.wait_for(state="visible", timeout=5000)


def test_snippet_download_link_serves_the_file(visit, base_url, site_dir):
    v = visit(base_url + "threads/basics/")
    link = v.page.locator("a.snippet-download").first
    href = link.evaluate("a => a.href")  # absolute
    name = v.page.locator(".filename").first.inner_text()
    response = v.page.request.get(href)
    assert response.ok, f"download link {href} -> {response.status}"
    rel = unquote(urlparse(href).path).split("/snippets/", 1)[1]
    assert response.text() == (ROOT / "snippets" / rel).read_text(encoding="utf-8")
    assert rel in name


def test_not_found_page_is_chinese(visit, base_url):
    """GitHub Pages serves 404.html for unknown paths; it must be Chinese and load cleanly."""
    v = visit(base_url + "404.html")
    assert "页面不存在" in v.page.locator("h1").first.inner_text()
    assert not v.errors and not v.foreign, (v.errors, v.foreign)


def test_screenshots(visit, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    shots = {
        "home-light": ("", {}),
        "home-dark": ("", {"dark": True}),
        "home-phone": ("", {"width": 375}),
        "chapter-threads-basics": ("threads/basics/", {}),
    }
    for name, (rel, kwargs) in shots.items():
        v = visit(base_url + rel, **kwargs)
        v.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=name.startswith("chapter"))
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000
