"""The notebooks under docs/visual/ run headlessly and draw every figure they promise.

`mkdocs build` executes them (mkdocs-jupyter), so a failing cell fails the build. This checks
what the build cannot: every `plt.show()` left a PNG, no cell wrote to stderr (a warning would be
printed on the page), and the benchmark's conclusions hold on this machine.

The notebooks checked are the ones this build executed: with NOTEBOOK_OUTPUTS=dir set (nox's
`site` session sets it for its build), assets/hooks/notebooks.py records them there. A notebook
the build took from its cache was not executed, so this test executes it itself (nbclient), as
it does when run on its own. Needs the `docs` dependency group (ipykernel, matplotlib, nbclient)
and the Noto Sans CJK SC font; runs on the docs Python (3.12).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from tests.harness import DOCS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((DOCS / "visual").glob("*.ipynb"))
CELL_TIMEOUT = 60  # seconds; the slowest notebook (benchmark) takes ~15 s in all
ATTEMPTS = 3  # the benchmark's timing property is re-measured when a busy machine spoils it
RECORDED = Path(os.environ["NOTEBOOK_OUTPUTS"]) if os.environ.get("NOTEBOOK_OUTPUTS") else None

_executed: dict[Path, nbformat.NotebookNode] = {}


def execute(path: Path) -> nbformat.NotebookNode:
    """Run the notebook as the build does: its own directory as cwd, the python3 kernel."""
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.monotonic()
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"{path.relative_to(DOCS.parent)}: a cell failed\n{exc}", pytrace=False)
    print(f"{path.name}: executed in {time.monotonic() - started:.1f} s")
    return nb


def executed(path: Path) -> nbformat.NotebookNode:
    """The notebook as this build executed it, else executed here."""
    if path not in _executed:
        recorded = RECORDED / path.name if RECORDED else None
        if recorded and recorded.exists():
            print(f"{path.name}: outputs of this build's run ({recorded})")
            _executed[path] = nbformat.read(recorded, as_version=4)
        else:
            _executed[path] = execute(path)
    return _executed[path]


def test_found_notebooks():
    assert NOTEBOOKS, f"no notebooks under {DOCS / 'visual'}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_draws_every_figure(path: Path):
    nb = executed(path)
    figures = 0
    for number, cell in enumerate(nb.cells, 1):
        if cell.cell_type != "code":
            continue
        outputs = cell.get("outputs", [])
        stderr = [o["text"] for o in outputs if o.get("name") == "stderr"]
        assert not stderr, f"{path.name} cell {number} wrote to stderr:\n{''.join(stderr)}"
        promised = cell.source.count("plt.show()")
        drawn = sum("image/png" in o.get("data", {}) for o in outputs)
        assert (
            drawn == promised
        ), f"{path.name} cell {number}: {promised} plt.show() but {drawn} PNG figure(s)"
        figures += drawn
    assert figures, f"{path.name}: no figure at all"


def benchmark_report(nb: nbformat.NotebookNode) -> dict:
    """What the benchmark printed under its figure: cores, GIL, and the speed-ups."""
    text = "".join(
        o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )
    cores = re.search(r"(\d+) 个可用 CPU 核", text)
    gil = re.search(r"GIL: (开启|关闭)", text)
    speedup: dict[str, dict[str, list[float]]] = {}
    kind = None
    for line in text.splitlines():
        if line in ("CPU 密集", "I/O 密集"):
            kind = speedup.setdefault(line, {})
        elif kind is not None and (m := re.match(r"\s+(线程|进程)：(.*)", line)):
            kind[m[1]] = [float(x) for x in re.findall(r"(\d+\.\d+) 倍", m[2])]
    assert cores and gil and speedup.get("CPU 密集", {}).keys() == {"线程", "进程"}, (
        f"benchmark.ipynb no longer prints cores, GIL and speed-ups as this test reads them:\n{text}"
    )
    return {"cores": int(cores[1]), "gil": gil[1] == "开启", "speedup": speedup}


@pytest.mark.skipif(not (DOCS / "visual/benchmark.ipynb").exists(), reason="no benchmark notebook")
def test_benchmark_shows_what_the_page_says():
    """With the GIL and >= 2 cores: 2 processes speed CPU-bound work up, threads do not."""
    path = DOCS / "visual/benchmark.ipynb"
    report = benchmark_report(executed(path))
    if report["cores"] < 2:
        pytest.skip(f"only {report['cores']} CPU core(s): nothing can run in parallel")
    if not report["gil"]:
        pytest.skip("free-threaded Python with the GIL disabled: threads may speed up")
    problems = []
    for attempt in range(1, ATTEMPTS + 1):
        cpu = report["speedup"]["CPU 密集"]
        problems = []
        if not cpu["进程"][1] > 1.3:  # WORKERS = [1, 2, 4]: 2 processes
            problems.append(f"2 processes: speed-up {cpu['进程'][1]:.2f}, expected > 1.3")
        if not max(cpu["线程"]) < 1.3:
            problems.append(f"threads: speed-ups {cpu['线程']}, expected all < 1.3")
        if not problems:
            return
        print(f"attempt {attempt}: {problems}")
        if attempt < ATTEMPTS:
            report = benchmark_report(execute(path))
    pytest.fail(f"benchmark, {ATTEMPTS} attempts: " + "; ".join(problems), pytrace=False)


SITE = Path(os.environ.get("SITE_DIR", DOCS.parent / "site"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_download_holds_the_notebook_and_what_it_imports(path: Path):
    import zipfile

    archive = SITE / "visual" / path.stem / f"{path.stem}.zip"
    if not archive.exists():
        pytest.fail(f"{archive} missing: build the site first (nox -s tests does)", pytrace=False)
    names = set(zipfile.ZipFile(archive).namelist())
    wanted = {f"{path.stem}/{path.name}"} | {f"{path.stem}/{m.name}" for m in (DOCS.parent / "snippets/visual").glob("*.py")}
    assert names == wanted, f"{archive.name}: {sorted(names ^ wanted)}"
    assert f'href="{path.stem}.zip"' in (SITE / "visual" / path.stem / "index.html").read_text(encoding="utf-8")


def test_downloaded_notebook_runs_as_it_is(tmp_path):
    """Unzipped anywhere, the notebook finds its modules beside it and runs (the quickest one)."""
    import zipfile

    archive = SITE / "visual/scheduling/scheduling.zip"
    if not archive.exists():
        pytest.fail(f"{archive} missing: build the site first (nox -s tests does)", pytrace=False)
    zipfile.ZipFile(archive).extractall(tmp_path)
    nb = nbformat.read(tmp_path / "scheduling/scheduling.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path / "scheduling")}})
    client.execute()
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
