"""os.fork(): one call, two returns (POSIX only)."""

import os
import sys

parent_pid = os.getpid()
# Flush before forking: otherwise text still in the stdout buffer is copied
# into the child and printed twice when output goes to a file or a pipe.
print(f"before fork: pid={parent_pid}", flush=True)

pid = os.fork()
if pid == 0:
    # Child: fork() returned 0. Ask the OS who we are and who our parent is.
    print(f"child: fork() returned 0, pid={os.getpid()}, ppid={os.getppid()}")
    print(f"child: ppid is the forking process: {os.getppid() == parent_pid}")
    sys.stdout.flush()  # os._exit() does not flush buffers
    os._exit(0)  # leave now: never fall through into the parent's code

# Parent: fork() returned the child's pid. Wait for it (reap it).
_, status = os.waitpid(pid, 0)
print(f"parent: fork() returned pid={pid}")
print(f"parent: child exited with code {os.waitstatus_to_exitcode(status)}")
