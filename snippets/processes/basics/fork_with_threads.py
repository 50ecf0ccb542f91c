"""Why fork() in a multi-threaded process is dangerous: only one thread is copied."""

import os
import threading

lock = threading.Lock()
holding = threading.Event()
release = threading.Event()


def worker():
    with lock:  # hold the lock while the main thread forks
        holding.set()
        release.wait(5)


thread = threading.Thread(target=worker)
thread.start()
holding.wait(5)

pid = os.fork()  # Python 3.12+ also warns: DeprecationWarning on stderr
if pid == 0:
    # The child has only the thread that called fork(); the worker thread,
    # which would release the lock, does not exist here.
    acquired = lock.acquire(timeout=0.2)  # without a timeout: hangs forever
    print(f"child: threads={threading.active_count()}, got lock: {acquired}")
    print(f"child: lock still looks held: {lock.locked()}", flush=True)
    os._exit(0)

os.waitpid(pid, 0)
release.set()
thread.join()
print(f"parent: lock held after join: {lock.locked()}")
