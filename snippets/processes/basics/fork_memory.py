"""After fork() parent and child have separate memory (copy-on-write)."""

import os

counter = 0
pid = os.fork()
if pid == 0:
    counter += 100  # changes the child's copy only
    print(f"child: counter={counter}", flush=True)
    os._exit(0)

os.waitpid(pid, 0)
print(f"parent: counter={counter}")
