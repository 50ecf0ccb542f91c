"""Python 3.12+: os.fork() warns when it sees other threads."""

import os
import threading
import warnings

stop = threading.Event()
thread = threading.Thread(target=stop.wait, args=(5,))
thread.start()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pid = os.fork()
    if pid == 0:
        os._exit(0)
os.waitpid(pid, 0)
stop.set()
thread.join()

for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
