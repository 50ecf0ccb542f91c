"""可靠的做法：工作进程忽略 SIGINT，由父进程捕获 KeyboardInterrupt 并 terminate()。"""

import multiprocessing
import os
import signal
import threading
import time

started = None


def init(started_queue):
    global started
    started = started_queue
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C 只交给父进程处理


def slow(i):
    started.put(os.getpid())
    time.sleep(10)  # SIGINT 被忽略，任务不会被打断
    return i


def press_ctrl_c(started_queue):
    workers = [started_queue.get() for _ in range(2)]
    time.sleep(0.2)  # 与上例相同
    for pid in workers:  # 与上例相同：模拟 Ctrl-C
        os.kill(pid, signal.SIGINT)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


if __name__ == "__main__":
    started_queue = multiprocessing.SimpleQueue()
    threading.Thread(target=press_ctrl_c, args=(started_queue,)).start()
    pool = multiprocessing.Pool(2, initializer=init, initargs=(started_queue,))
    workers = multiprocessing.active_children()
    try:
        pool.map(slow, range(4))
    except KeyboardInterrupt:
        print("父进程: 收到 KeyboardInterrupt，调用 terminate()")
        pool.terminate()  # 向每个工作进程发 SIGTERM
    else:
        pool.close()
    pool.join()
    print("工作进程的退出码:", [p.exitcode for p in workers])
    print("-signal.SIGTERM =", -signal.SIGTERM)
