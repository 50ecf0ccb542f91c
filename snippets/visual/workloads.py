"""The same work run four ways: one after another, threads, processes, asyncio.

cpu_task keeps the interpreter busy (it holds the GIL); io_task only waits (it
releases the GIL, like a socket read or a disk write would).
"""

import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def io_task(seconds):
    time.sleep(seconds)
    return seconds


def sequential(func, args):
    return [func(arg) for arg in args]


def threads(func, args, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, args))


def processes(func, args, workers, start_method=None):
    """A fresh process pool each call: its start-up time is part of the cost."""
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(func, args))


async def coroutines(func, args):
    """One task per item. A coroutine that never awaits runs to its end before
    any other task starts; asyncio.sleep lets the others run meanwhile."""

    async def one(arg):
        if func is io_task:
            await asyncio.sleep(arg)
            return arg
        return func(arg)

    return await asyncio.gather(*(one(arg) for arg in args))


def timed(run, *args):
    """Seconds one call of run(*args) takes (wall clock)."""
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


def main():
    cpu_args = [200_000] * 4
    expected = sequential(cpu_task, cpu_args)
    same = [
        threads(cpu_task, cpu_args, 4) == expected,
        processes(cpu_task, cpu_args, 2) == expected,
        asyncio.run(coroutines(cpu_task, cpu_args)) == expected,
    ]
    print(f"CPU-bound, {len(cpu_args)} tasks: same results every way: {all(same)}")

    io_args = [0.05] * 4
    print(f"I/O-bound, {len(io_args)} tasks of 0.05 s:")
    print(f"  sequential {timed(sequential, io_task, io_args):.2f} s")
    print(f"  threads x4 {timed(threads, io_task, io_args, 4):.2f} s")
    print(f"  asyncio    {timed(asyncio.run, coroutines(io_task, io_args)):.2f} s")


if __name__ == "__main__":
    main()
