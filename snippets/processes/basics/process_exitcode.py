"""exitcode tells how a child ended: 0, sys.exit(n), an exception, or a signal."""

import signal
import sys
import time
from multiprocessing import Process


def finish():
    pass


def exit_with_3():
    sys.exit(3)


def raise_error():
    raise ValueError("boom")  # the traceback goes to the child's stderr


def sleep_long():
    time.sleep(5)


if __name__ == "__main__":
    targets = (finish, exit_with_3, raise_error, sleep_long)
    processes = [Process(target=t, name=t.__name__) for t in targets]
    for p in processes:
        p.start()
    processes[-1].terminate()  # stop sleep_long early: SIGTERM on POSIX
    for p in processes:
        p.join()
        print(f"{p.name:12} exitcode={p.exitcode}")
    print(f"-signal.SIGTERM = {-signal.SIGTERM}")
