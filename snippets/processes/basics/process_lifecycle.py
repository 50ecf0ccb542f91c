"""pid, is_alive() and exitcode before start, while running and after join."""

import time
from multiprocessing import Process


def nap():
    time.sleep(0.2)


def show(when, p):
    pid = "None" if p.pid is None else "set"
    print(f"{when:13} pid={pid:4} alive={p.is_alive()!s:5} exitcode={p.exitcode}")


if __name__ == "__main__":
    p = Process(target=nap, name="napper")
    print(f"name={p.name}, daemon={p.daemon}")
    show("before start", p)
    p.start()
    show("running", p)
    p.join()
    show("after join", p)
