"""Which code runs in the child? It depends on the start method."""

import multiprocessing as mp

# Top-level code: runs whenever this file is executed *or imported*.
print(f"top level: __name__={__name__!r}", flush=True)


def work():
    print(f"work(): __name__={__name__!r}", flush=True)


if __name__ == "__main__":
    # Only the process started with `python main_guard.py` gets here.
    print(f"start method: {mp.get_start_method()}", flush=True)
    for _ in range(2):  # two children, one after the other
        p = mp.Process(target=work)
        p.start()
        p.join()
