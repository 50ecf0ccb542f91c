"""Why multiprogramming helps: the CPU serves one job while others wait for I/O."""

import threading
import time

JOBS = 3
CPU_SECONDS = 0.05  # each job computes for 0.05 s ...
IO_SECONDS = 0.1  # ... then waits 0.1 s for a (simulated) device

cpu = threading.Lock()  # plays the single CPU: one job computes at a time


def job():
    with cpu:
        time.sleep(CPU_SECONDS)  # "computing" (holding the CPU)
    time.sleep(IO_SECONDS)  # waiting for the device: the CPU is free


def one_after_another():  # single-programming: the next job waits for the whole job
    for _ in range(JOBS):
        job()


def overlapped():  # multiprogramming: while one job waits for I/O, another computes
    threads = [threading.Thread(target=job) for _ in range(JOBS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


for run in (one_after_another, overlapped):
    start = time.perf_counter()
    run()
    print(f"{run.__name__}: {time.perf_counter() - start:.2f} s")
