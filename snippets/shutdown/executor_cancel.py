"""可靠的做法：工作进程忽略 SIGINT；父进程捕获 KeyboardInterrupt，取消还在排队的任务。"""

import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import SimpleQueue

started = None


def init(started_queue):
    global started
    started = started_queue
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C 只交给父进程处理


def task(i):
    started.put(os.getpid())
    time.sleep(0.5)
    return i


def press_ctrl_c(workers):
    time.sleep(0.2)  # 让主线程进入 result() 里的阻塞等待
    for pid in workers:
        os.kill(pid, signal.SIGINT)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


if __name__ == "__main__":
    started_queue = SimpleQueue()
    ex = ProcessPoolExecutor(2, initializer=init, initargs=(started_queue,))
    futures = [ex.submit(task, i) for i in range(2)]
    workers = {started_queue.get() for _ in range(2)}  # 两个工作进程都忙起来了
    futures += [ex.submit(task, i) for i in range(2, 8)]  # 之后又来了 6 个
    threading.Thread(target=press_ctrl_c, args=(workers,)).start()
    try:
        for f in futures:
            f.result()
    except KeyboardInterrupt:
        print("父进程: KeyboardInterrupt，shutdown(cancel_futures=True)")
        ex.shutdown(wait=True, cancel_futures=True)
    else:
        ex.shutdown()
    for i, f in enumerate(futures):
        print(f"任务 {i}:", "已取消" if f.cancelled() else f"返回 {f.result()}")
