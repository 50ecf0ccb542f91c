"""A tiny tracer: when did each thread, process or asyncio task run?

A span is (lane, label, start, end): the lane is the name of the task, thread or
process that ran, start and end are time.perf_counter() readings. On Linux
perf_counter() reads the system-wide CLOCK_MONOTONIC, so readings taken in
different processes can be compared.
"""

import asyncio
import multiprocessing
import queue
import threading
import time
from contextlib import contextmanager


def current_lane():
    """The name of what runs this code: asyncio task, else thread, else process."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no event loop running in this thread
        task = None
    if task is not None:
        return task.get_name()
    if threading.current_thread() is not threading.main_thread():
        return threading.current_thread().name
    return multiprocessing.current_process().name


class Tracer:
    def __init__(self):
        self.spans = []  # (lane, label, start, end); list.append is thread-safe

    @contextmanager
    def span(self, label, lane=None):
        """Record the time the `with` body takes, in `lane` (default: current)."""
        name, start = lane or current_lane(), time.perf_counter()
        try:
            yield
        finally:
            self.spans.append((name, label, start, time.perf_counter()))

    def add(self, spans):
        """Add spans recorded elsewhere, e.g. returned by a child process."""
        self.spans.extend(spans)

    def relative(self):
        """The spans sorted by lane and start, with times in seconds from the first."""
        origin = min(start for _, _, start, _ in self.spans)
        return sorted(
            (name, label, start - origin, end - origin)
            for name, label, start, end in self.spans
        )


def busy(chunks, label="run", gap=0.0005):
    """Run `chunks` tiny pieces of pure-Python work; return the spans when it ran.

    The clock is read after every piece. A pause longer than `gap` between two
    readings means this thread lost the CPU or the GIL, so a new span starts.
    """
    name = current_lane()
    spans = []
    start = last = time.perf_counter()
    for _ in range(chunks):
        sum(range(100))  # about a microsecond of bytecode
        now = time.perf_counter()
        if now - last > gap:
            spans.append((name, label, start, last))
            start = now
        last = now
    spans.append((name, label, start, last))
    return spans


def overlap(spans, a, b):
    """Seconds during which lanes `a` and `b` were both running."""
    total = 0.0
    for name1, _, s1, e1 in spans:
        for name2, _, s2, e2 in spans:
            if name1 == a and name2 == b:
                total += max(0.0, min(e1, e2) - max(s1, s2))
    return total


def cpu_worker(barrier, chunks, results):
    barrier.wait()  # start together
    results.put(busy(chunks))


def two_cpu_bound(kind, chunks=40_000, start_method=None):
    """Two equal CPU-bound workers, as threads or as processes; return a Tracer."""
    if kind == "threads":
        barrier, results = threading.Barrier(2), queue.Queue()
        new, prefix = threading.Thread, "thread"
    else:
        mp = multiprocessing.get_context(start_method)
        barrier, results = mp.Barrier(2), mp.Queue()
        new, prefix = mp.Process, "process"
    workers = [
        new(target=cpu_worker, args=(barrier, chunks, results), name=f"{prefix}-{i}")
        for i in (1, 2)
    ]
    for w in workers:
        w.start()
    tracer = Tracer()
    for _ in workers:
        tracer.add(results.get())  # before join: a child flushes its queue on exit
    for w in workers:
        w.join()
    return tracer


def traced_square(n):
    """A Pool.map task: some work, then n * n, and the span it ran in."""
    start = time.perf_counter()
    busy(10_000)
    return n * n, (current_lane(), f"square({n})", start, time.perf_counter())


def pool_map(items, processes=2, start_method=None):
    """Pool.map(traced_square, items); return (results, Tracer)."""
    tracer = Tracer()
    mp = multiprocessing.get_context(start_method)
    main = multiprocessing.current_process().name
    with tracer.span("Pool()", main):
        pool = mp.Pool(processes)
    try:
        with tracer.span("map()", main):
            pairs = pool.map(traced_square, items, chunksize=1)
    finally:
        pool.close()
        pool.join()
    tracer.add(span for _, span in pairs)
    return [result for result, _ in pairs], tracer


def io_bound_threads(count=3, seconds=0.1):
    """`count` threads that each wait `seconds`, as for a network reply."""
    tracer = Tracer()

    def fetch():
        with tracer.span("wait"):
            time.sleep(seconds)  # releases the GIL, like a socket read

    threads = [threading.Thread(target=fetch, name=f"io-{i}") for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tracer


async def interleaving_tasks(count=2, steps=3, work=200):
    """`count` tasks, each `steps` times: compute, then await a short sleep."""
    tracer = Tracer()

    async def step_by_step():
        for _ in range(steps):
            with tracer.span("run"):
                busy(work)
            with tracer.span("await"):
                await asyncio.sleep(0.01)  # the task gives the loop away here

    tasks = [
        asyncio.create_task(step_by_step(), name=f"task-{i}") for i in range(count)
    ]
    await asyncio.gather(*tasks)
    return tracer


def main():
    spans = io_bound_threads().relative()
    print("3 threads, each waiting 0.1 s:")
    for name, label, start, end in spans:
        print(f"  {name} {label} {start:.2f} -> {end:.2f} s")

    # With the GIL two threads never run at once: their spans overlap by less than
    # busy()'s gap (0.5 ms), when one ends in the middle of its turn. Without the GIL
    # they can, but a busy machine may still run them one after the other: try again.
    at_once = any(
        overlap(two_cpu_bound("threads").relative(), "thread-1", "thread-2") > 0.001
        for _ in range(5)
    )
    print("2 CPU-bound threads ran at the same time:", at_once)
    spans = two_cpu_bound("processes").relative()
    print("2 CPU-bound processes ran in:", sorted({span[0] for span in spans}))

    results, _ = pool_map(range(6))
    print("Pool.map results:", results)

    spans = asyncio.run(interleaving_tasks()).relative()
    runs = sorted((start, name) for name, label, start, _ in spans if label == "run")
    print("asyncio: who ran, in order:", " ".join(name for _, name in runs))


if __name__ == "__main__":
    main()
