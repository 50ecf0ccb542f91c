"""Pitfall: unflushed output is copied by fork() and printed twice."""

import os

print("before fork")  # no flush: with a file or pipe it stays in the buffer
pid = os.fork()
if pid == 0:
    print("child")  # the child's buffer now holds "before fork" and "child"
else:
    os.waitpid(pid, 0)
    print("parent")
# Both processes reach the end of the script and flush their own buffer.
