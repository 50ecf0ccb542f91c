"""MkDocs hook for the executed notebooks under docs/visual/ (mkdocs-jupyter).

1. Cache. mkdocs-jupyter caches each converted notebook under a key made from the
   notebook file and the plugin options, so a notebook whose *imported* snippets
   changed would be served stale. Here the cache directory gets a name derived from
   those snippets (snippets/visual/*.py), the Python version and the plotting
   packages: change any of them and every notebook executes again. Older cache
   directories are deleted. A warm build executes nothing.
2. Kernel. The notebooks must run on the interpreter that runs MkDocs (the docs
   virtualenv, which has matplotlib). The build fails if the configured kernel
   would start another Python.
3. Offline. mkdocs-jupyter adds to every page a MathJax loader that fetches MathJax
   from a CDN as soon as a page shows a notebook. The notebooks contain no
   formulas, so the loader is removed: the site requests nothing from other hosts.
4. Weight and look. A notebook page embeds 590 kB of JupyterLab CSS and a copy
   button script of its own. Both are removed, and code cells and text outputs are
   rewritten into the markup of Material's own code blocks, so they look like every
   other code block of the site (light and dark) and get Material's copy button.
5. Figures as files. nbconvert inlines every figure as a base64 PNG; each becomes a file
   beside the page (figure-<digest>.png) loaded lazily, with its size, so the page's
   first visit does not carry images the reader has not scrolled to.
6. Download. Each notebook page links <name>.zip: the notebook and the snippets it
   imports (snippets/visual/*.py), which its first cell finds beside it when unzipped.
7. Record. With NOTEBOOK_OUTPUTS=dir set (the `site` nox session sets it), every
   notebook this build executes is also written to dir/<name>.ipynb with its outputs,
   so tests/test_notebooks.py checks this very run instead of executing it again.
   A notebook served from the cache is not executed, so nothing is written for it.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
import logging
import os
import re
import shutil
import struct
import sys
from importlib import metadata
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.notebooks")

PLUGIN = "mkdocs-jupyter"
DEPENDENCIES = "snippets/visual"  # what the notebooks import
CACHE_ROOT = ".jupyter_cache"  # gitignored
PACKAGES = ("ipykernel", "matplotlib", "mkdocs-jupyter", "nbconvert")
MATHJAX_LOADER = re.compile(r"<script data-mkdocs-jupyter-mathjax=.*?</script>\s*", re.DOTALL)
# The markup of mkdocs-jupyter 0.27's notebook template (templates/mkdocs_html).
JUPYTER_CSS = re.compile(r"<style[^>]*>.*?</style>\s*", re.DOTALL)
CLIPBOARD_JS = re.compile(r"<script[^>]*>(?:(?!</script>).)*?clipboard.*?</script>\s*", re.DOTALL)
COPY_BUTTON = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*', re.DOTALL
)
COPY_TEXT = re.compile(r'<div class="clipboard-copy-txt"[^>]*>[^<]*</div>\s*')
CODE_CELL = re.compile(r'<div class="highlight-ipynb hl-(\w+)\s*">\s*<pre>(.*?)</pre>', re.DOTALL)
TEXT_OUTPUT = re.compile(r'(<div class="jp-RenderedText[^"]*"[^>]*>\s*)<pre>(.*?)</pre>', re.DOTALL)
LEFTOVERS = ("highlight-ipynb", "clipboard-copy", "<style", "data:image/png")
INLINE_PNG = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"')


def _digest(root: Path) -> str:
    h = hashlib.sha256(sys.version.encode())
    for name in PACKAGES:
        h.update(f"{name}=={metadata.version(name)}".encode())
    for path in sorted((root / DEPENDENCIES).rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def _check_kernel(name: str) -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        raise PluginError(f"notebooks: no Jupyter kernel {name!r}; install ipykernel") from None
    exe = spec.argv[0]
    # jupyter_client starts a kernel whose argv[0] is plain "python[X[.Y]]" with
    # sys.executable, i.e. with the interpreter running this build.
    plain = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info)}
    if exe not in plain and Path(exe).resolve() != Path(sys.executable).resolve():
        raise PluginError(
            f"notebooks: kernel {name!r} ({spec.resource_dir}) starts {exe}, not this "
            f"build's Python {sys.executable}; remove that kernelspec or set JUPYTER_PATH"
        )


def on_config(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or not plugin.config["execute"]:
        return config
    root = Path(config.config_file_path).resolve().parent
    _check_kernel(plugin.config["kernel_name"] or "python3")
    cache_root = root / CACHE_ROOT
    current = cache_root / f"notebooks-{_digest(root)}"
    if cache_root.is_dir():
        for old in cache_root.glob("notebooks-*"):
            if old != current:
                shutil.rmtree(old, ignore_errors=True)
                log.info("notebooks: snippets or packages changed, dropped %s", old.name)
    if not current.is_dir():
        # The notebooks will execute: build matplotlib's font cache now, so that its
        # "building the font cache" warning cannot end up in a cell's output on the page.
        import matplotlib.font_manager  # noqa: F401
    plugin.config["cache"] = True
    plugin.config["cache_dir"] = str(current)
    if os.environ.get("NOTEBOOK_OUTPUTS"):
        _record_executed(Path(os.environ["NOTEBOOK_OUTPUTS"]).resolve())
    return config


def _record_executed(directory: Path) -> None:
    """Also write each notebook nbconvert executes (mkdocs-jupyter runs nbconvert's
    ExecutePreprocessor) to directory/<name>.ipynb."""
    import nbformat
    from nbconvert.preprocessors import ExecutePreprocessor

    original = getattr(ExecutePreprocessor.preprocess, "__wrapped__", ExecutePreprocessor.preprocess)

    def preprocess(self, nb, resources=None, km=None):
        nb, resources = original(self, nb, resources, km)
        name = ((resources or {}).get("metadata") or {}).get("name")
        if name:
            directory.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, directory / f"{name}.ipynb")
            log.info("notebooks: executed %s, outputs recorded in %s", name, directory)
        return nb, resources

    preprocess.__wrapped__ = original
    ExecutePreprocessor.preprocess = preprocess


def on_page_markdown(markdown, page, config, files):
    # Before Markdown: mkdocs-jupyter appends an indented <style> block that Markdown
    # would otherwise render as a visible code block.
    if not page.file.src_uri.endswith(".ipynb"):
        return markdown
    return CLIPBOARD_JS.sub("", JUPYTER_CSS.sub("", markdown))


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    html = COPY_BUTTON.sub("", html)
    html = COPY_TEXT.sub("", html)
    html = CODE_CELL.sub(r'<div class="language-\1 highlight"><pre><code>\2</code></pre>', html)
    html = TEXT_OUTPUT.sub(r"\1<pre><code>\2</code></pre>", html)
    html = INLINE_PNG.sub(lambda m: _figure_file(m[1], page, config), html)
    left = [marker for marker in LEFTOVERS if marker in html]
    if left:
        raise PluginError(
            f"notebooks: {page.file.src_uri} still contains {left} after rewriting; "
            "did mkdocs-jupyter's HTML change? Update assets/hooks/notebooks.py"
        )
    return html


def _figure_file(data: str, page, config) -> str:
    """Write one inlined PNG beside the page; return the <img> attributes that load it lazily."""
    png = base64.b64decode(data)
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    name = f"figure-{hashlib.sha256(png).hexdigest()[:12]}.png"
    target = Path(config["site_dir"]) / page.url / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
    return f'src="{name}" width="{width}" height="{height}" loading="lazy" decoding="async"'


def on_post_build(config):
    root = Path(config.config_file_path).resolve().parent
    modules = sorted((root / DEPENDENCIES).glob("*.py"))
    for notebook in sorted((Path(config["docs_dir"]) / "visual").glob("*.ipynb")):
        target = Path(config["site_dir"]) / "visual" / notebook.stem / f"{notebook.stem}.zip"
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(notebook, f"{notebook.stem}/{notebook.name}")
            for module in modules:
                archive.write(module, f"{notebook.stem}/{module.name}")


@event_priority(-100)  # after mkdocs-jupyter has added its loader
def on_post_page(output, page, config):
    return MATHJAX_LOADER.sub("", output)
