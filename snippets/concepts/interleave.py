"""Concurrency without parallelism: one thread takes turns between two tasks."""

from collections import deque


def task(name, steps):
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        yield  # give the CPU back to the scheduler


def run(tasks):
    ready = deque(tasks)
    while ready:
        current = ready.popleft()
        try:
            next(current)  # let it run until its next yield
        except StopIteration:
            continue  # finished: drop it
        ready.append(current)


run([task("download", 3), task("render", 2)])
