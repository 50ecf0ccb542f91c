"""A child that has exited but was not waited for is a zombie (Linux: /proc)."""

import os
import time


def state(pid):
    """Process state letter from /proc/<pid>/stat: R, S, Z, ..."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


pid = os.fork()
if pid == 0:
    os._exit(7)  # the child exits at once, with exit code 7

for _ in range(100):  # give the child up to 1 s to finish
    if state(pid) == "Z":
        break
    time.sleep(0.01)
print(f"child exited, not yet reaped: state={state(pid)}")

_, status = os.waitpid(pid, 0)  # reap: read the exit status, free the entry
print(f"waitpid: exit code {os.waitstatus_to_exitcode(status)}")
print(f"after waitpid: /proc entry still there: {os.path.exists(f'/proc/{pid}')}")
