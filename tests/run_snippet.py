"""Run one snippet as `python file.py` would, under a chosen multiprocessing start method.

Usage: python tests/run_snippet.py [--start-method fork|spawn|forkserver] path/to/snippet.py

The snippet runs as a real ``__main__`` (runpy.run_path), so spawn and forkserver
children can re-import it just as they would import a script run by hand.
"""

import argparse
import multiprocessing
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assets/hooks"))
from facts import START_METHODS  # noqa: E402

del sys.path[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--start-method", choices=START_METHODS)
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.start_method:
        multiprocessing.set_start_method(args.start_method)
    path = args.path.resolve()
    sys.argv = [str(path)]
    sys.path[0] = str(path.parent)
    runpy.run_path(str(path), run_name="__main__")


if __name__ == "__main__":
    main()
