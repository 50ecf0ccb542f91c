"""Without the __main__ guard, a spawn child re-runs the process-starting code."""

import multiprocessing as mp


def work():
    print("work() ran")


print(f"top level: __name__={__name__!r}", flush=True)
ctx = mp.get_context("spawn")  # what macOS and Windows use by default
p = ctx.Process(target=work)
p.start()  # in the child, this line raises RuntimeError
p.join()
print(f"{__name__}: child exitcode={p.exitcode}", flush=True)
