"""Record which snippets passed on this Python (and start method) for the site's "已验证" facts.

Set SNIPPET_RESULTS=path.json (nox does) and test_snippets.py's outcomes are written there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.harness import FREE_THREADED, PYTHON, VERSION

_outcomes: dict[str, dict[str, str]] = {}
_skipped: dict[str, str] = {}


def pytest_runtest_logreport(report):
    """Outcomes of test_snippets.py's runs, keyed by the properties each run declares."""
    props = dict(report.user_properties)
    if "snippet" not in props:
        return
    runs = _outcomes.setdefault(props["snippet"], {})
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        runs[props["run"]] = "skipped" if report.skipped else report.outcome
        if report.skipped and isinstance(report.longrepr, tuple):
            _skipped[props["snippet"]] = report.longrepr[2].removeprefix("Skipped: ")
    elif report.outcome == "failed":
        runs[props["run"]] = "failed"


def pytest_sessionfinish(session):
    target = os.environ.get("SNIPPET_RESULTS")
    if not target or hasattr(session.config, "workerinput") or not _outcomes:
        return  # xdist workers report to the controller, which writes once
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "python": PYTHON,
        "version": ".".join(map(str, VERSION)),
        "free_threaded": FREE_THREADED,
        "snippets": dict(sorted(_outcomes.items())),
        "skipped": dict(sorted(_skipped.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter):
    """Page weight and DOMContentLoaded per page, recorded by tests/test_browser.py."""
    ran_browser = any(
        getattr(report, "nodeid", "").startswith("tests/test_browser.py")
        for reports in terminalreporter.stats.values()
        for report in reports
    )
    weights = sorted((Path(__file__).parent.parent / "test-results" / "page-weight").glob("*.json"))
    if not ran_browser or not weights:
        return
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in weights]
    every = sorted(r["bytes"] for r in rows)
    write = terminalreporter.write_line
    write("")
    write(f"first visit, {len(rows)} pages (KB = 1000 bytes, uncompressed):")
    for r in sorted(rows, key=lambda r: r["bytes"]):
        mark = " (diagrams)" if r["diagram"] else " (figures)" if r.get("figure") else ""
        write(f"  {r['bytes'] / 1000:8.0f} KB  {r['dom_content_loaded_ms']:5d} ms DOMContentLoaded  {r['page']}{mark}")
    mid = every[len(every) // 2]
    write(f"  all pages: min {every[0] / 1000:.0f} KB, median {mid / 1000:.0f} KB, max {every[-1] / 1000:.0f} KB")
