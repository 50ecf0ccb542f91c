"""Record which snippets passed on this Python (and start method) for the site's "已验证" facts.

Set SNIPPET_RESULTS=path.json (nox does) and test_snippets.py's outcomes are written there.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from pathlib import Path

ID = re.compile(r"test_snippet\[snippets/(?P<rel>.+?\.py)\[(?P<method>\w+)\]\]$")
_outcomes: dict[str, dict[str, str]] = {}


def pytest_runtest_logreport(report):
    match = ID.search(report.nodeid)
    if not match:
        return
    runs = _outcomes.setdefault(match["rel"], {})
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        runs[match["method"]] = "skipped" if report.skipped else report.outcome
    elif report.outcome == "failed":
        runs[match["method"]] = "failed"


def pytest_sessionfinish(session):
    target = os.environ.get("SNIPPET_RESULTS")
    if not target or hasattr(session.config, "workerinput") or not _outcomes:
        return  # xdist workers report to the controller, which writes once
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "implementation": platform.python_implementation(),
        "snippets": dict(sorted(_outcomes.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
