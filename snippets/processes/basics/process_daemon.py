"""A daemon process is terminated when its parent exits; it may not have children."""

import time
from multiprocessing import Event, Process


def background(ready):
    try:
        Process(target=print).start()
    except AssertionError as exc:
        print(f"daemon: cannot start a child: {exc}", flush=True)
    ready.set()
    time.sleep(10)  # would take 10 s, but the parent's exit ends it sooner


if __name__ == "__main__":
    ready = Event()
    p = Process(target=background, args=(ready,), daemon=True)
    p.start()
    ready.wait(5)
    print(f"main: daemon={p.daemon}, alive={p.is_alive()}; exiting without join()")
    # At exit, multiprocessing terminates and joins daemon children itself.
