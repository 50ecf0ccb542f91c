"""Start processes with multiprocessing.Process(target=...)."""

import os
from multiprocessing import Process, parent_process


def greet(name, main_pid):
    # Runs in the child process.
    by_getppid = os.getppid() == main_pid  # the OS-level parent
    by_parent_process = parent_process().pid == main_pid  # who started us
    print(
        f"{name}: pid={os.getpid()}, getppid() is main: {by_getppid}, "
        f"parent_process() is main: {by_parent_process}"
    )


if __name__ == "__main__":
    main_pid = os.getpid()
    print(f"main: pid={main_pid}")
    workers = [Process(target=greet, args=(f"worker-{n}", main_pid)) for n in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()  # wait for each child; join() also reaps it
    for p in workers:
        print(f"{p.name}: exitcode={p.exitcode}")
