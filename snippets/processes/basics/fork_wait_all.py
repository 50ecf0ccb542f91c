"""Reap several children with os.wait(), in whatever order they finish."""

import os
import time

children = {}  # pid -> child number
for n in range(3):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.05 * (3 - n))  # child 2 finishes first, child 0 last
        os._exit(10 + n)
    children[pid] = n

results = {}
for _ in range(len(children)):
    pid, status = os.wait()  # blocks until *any* child has exited
    results[children.pop(pid)] = os.waitstatus_to_exitcode(status)

for n, code in sorted(results.items()):
    print(f"child {n}: exit code {code}")

try:
    os.wait()
except ChildProcessError as exc:
    print(f"no children left: {exc.strerror}")
