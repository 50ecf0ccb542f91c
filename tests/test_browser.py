"""The built site in a real browser (Debian chromium driven by Playwright), served on loopback.

Every page: loads, no console error, no request to any host but ours. Search finds Chinese terms.
Prints the bytes a first visit loads, per page.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import statistics
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


def site_prefix() -> str:
    """The path of site_url ("/repo/" on GitHub Pages): the site is served under it, as there."""
    match = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    return urlparse(match.group(1)).path if match else "/"


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    prefix = site_prefix()
    handler = functools.partial(QuietHandler, directory=str(site_dir), prefix=prefix)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


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


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # System Chromium when present (Debian's `chromium`), else the one `playwright install` fetched.
    executable = {"executable_path": str(CHROMIUM)} if CHROMIUM.exists() else {}
    with sync_playwright() as p:
        browser = p.chromium.launch(args=CHROMIUM_ARGS, **executable)
        yield browser
        browser.close()


def site_pages(site: Path) -> list[str]:
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


class Visit:
    """One page load with everything the page asked for recorded."""

    def __init__(self, browser, url: str, *, dark: bool = False, width: int = 1280):
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light"
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.bytes = 0
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfinished", self._count)
        self.context.route("**/*", self._route)
        self.page.goto(url, wait_until="networkidle")

    def _route(self, route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob") or url.hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def _count(self, request) -> None:
        sizes = request.sizes()
        self.bytes += sizes["responseBodySize"] + sizes["responseHeadersSize"]

    def close(self) -> None:
        self.context.close()


def test_every_page_loads_cleanly_and_stays_local(browser, base_url, site_dir):
    pages = site_pages(site_dir)
    assert len(pages) > 1, f"too few pages in {site_dir}: {pages}"
    weights, problems = {}, []
    for rel in pages:
        visit = Visit(browser, base_url + quote(rel))
        try:
            title = visit.page.title()
            if visit.errors:
                problems.append(f"{rel}: console errors {visit.errors}")
            if visit.foreign:
                problems.append(f"{rel}: requests outside loopback {visit.foreign}")
            if not title or "404" in title:
                problems.append(f"{rel}: bad title {title!r}")
            weights[rel or "/"] = visit.bytes
        finally:
            visit.close()
    report = "\n".join(f"  {b / 1024:8.1f} KiB  {unquote(p)}" for p, b in sorted(weights.items()))
    sizes = sorted(weights.values())
    print(
        f"\nfirst-visit bytes per page ({len(sizes)} pages): min {sizes[0] / 1024:.0f} KiB, "
        f"median {statistics.median(sizes) / 1024:.0f} KiB, max {sizes[-1] / 1024:.0f} KiB\n{report}"
    )
    assert not problems, "\n".join(problems)


def test_mermaid_loads_only_where_there_is_a_diagram(browser, base_url, site_dir):
    with_diagram = [p for p in site_pages(site_dir) if 'class="mermaid"' in (site_dir / p / "index.html").read_text()]
    without = [p for p in site_pages(site_dir) if p not in with_diagram]
    assert with_diagram, "no page has a Mermaid diagram"
    visit = Visit(browser, base_url + quote(with_diagram[0]))
    try:
        # Material renders each diagram into a closed shadow root: check the script ran and drew.
        visit.page.wait_for_function(
            "() => window.mermaid && [...document.querySelectorAll('div.mermaid')]"
            ".every(d => d.getBoundingClientRect().height > 10)",
            timeout=15000,
        )
        assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)
    finally:
        visit.close()
    html = (site_dir / without[0] / "index.html").read_text()
    assert "mermaid.min.js" not in html


@pytest.mark.parametrize(
    ("query", "expected_href"),
    [
        ("守护线程", "threads/basics/#守护线程"),
        ("进程池", "processes/pool/"),
        ("TaskGroup", "asyncio/tasks/"),
    ],
)
def test_search_finds_the_right_section(browser, base_url, query, expected_href):
    visit = Visit(browser, base_url)
    try:
        page = visit.page
        page.locator(".md-search__input").first.click()
        page.fill(".md-search__input", query)
        page.keyboard.press("End")  # Material searches on keyup, which an IME commit also sends
        links = page.locator(".md-search-result__link")
        try:
            page.wait_for_function(
                "expected => [...document.querySelectorAll('.md-search-result__link')]"
                ".some(a => { const u = new URL(a.href); "
                "return decodeURIComponent(u.pathname + u.hash).includes(expected) })",
                arg=expected_href,
                timeout=10000,
            )
        except Exception:
            hrefs = [unquote(a.get_attribute("href") or "") for a in links.all()]
            pytest.fail(f"search {query!r}: no result links to {expected_href}; got {hrefs[:10]}", pytrace=False)
        assert not visit.foreign
    finally:
        visit.close()


def test_home_page_screenshot_light_dark_and_phone(browser, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    for name, kwargs in {"home-light": {}, "home-dark": {"dark": True}, "home-phone": {"width": 375}}.items():
        visit = Visit(browser, base_url, **kwargs)
        try:
            overflow = visit.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name}: page scrolls sideways by {overflow}px"
            visit.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
        finally:
            visit.close()


AXE = ROOT / "tests/vendor/axe-core/axe.min.js"


def test_accessibility_no_serious_violations(browser, base_url, site_dir):
    """axe-core (vendored from npm, injected from a local file) on every page."""
    problems, counts = [], {}
    for rel in site_pages(site_dir):
        visit = Visit(browser, base_url + quote(rel))
        try:
            visit.page.add_script_tag(path=str(AXE))
            result = visit.page.evaluate("async () => (await axe.run(document)).violations")
            serious = [v for v in result if v["impact"] in ("serious", "critical")]
            counts[rel or "/"] = len(result)
            for v in serious:
                targets = [n["target"] for n in v["nodes"][:3]]
                problems.append(f"{unquote(rel) or '/'}: {v['id']} ({v['impact']}): {v['help']} at {targets}")
        finally:
            visit.close()
    print(f"\naxe: {sum(counts.values())} minor/moderate findings over {len(counts)} pages")
    assert not problems, "\n".join(problems)


def test_not_found_page_is_chinese(browser, base_url):
    """GitHub Pages serves 404.html for unknown paths; it must be Chinese and load cleanly."""
    visit = Visit(browser, base_url + "404.html")
    try:
        assert "页面不存在" in visit.page.locator("h1").first.inner_text()
        assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)
    finally:
        visit.close()
