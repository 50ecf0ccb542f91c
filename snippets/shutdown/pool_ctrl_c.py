"""在 Pool.map() 运行中按 Ctrl-C：父进程和每个工作进程都收到 SIGINT。"""

import multiprocessing
import os
import signal
import threading
import time

started = interrupted = None


def init(started_queue, interrupted_queue):
    global started, interrupted
    started, interrupted = started_queue, interrupted_queue


def slow(i):
    try:
        started.put(os.getpid())
        time.sleep(10)
    except KeyboardInterrupt:
        interrupted.put(i)  # 向父进程报告，然后照常让异常传出去
        raise
    return i


def press_ctrl_c(started_queue):
    workers = [started_queue.get() for _ in range(2)]  # 两个工作进程都在任务中途
    time.sleep(0.2)  # 再让主线程进入 map() 里的阻塞等待（见正文）
    # 在终端里按 Ctrl-C，SIGINT 发给前台进程组里的每个进程；这里逐个模拟
    for pid in workers:
        os.kill(pid, signal.SIGINT)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


if __name__ == "__main__":
    started_queue = multiprocessing.SimpleQueue()
    interrupted_queue = multiprocessing.SimpleQueue()
    threading.Thread(target=press_ctrl_c, args=(started_queue,)).start()
    with multiprocessing.Pool(
        2, initializer=init, initargs=(started_queue, interrupted_queue)
    ) as pool:
        try:
            pool.map(slow, range(4))
        except KeyboardInterrupt:
            print("父进程: map() 抛出 KeyboardInterrupt")
            hit = sorted(interrupted_queue.get() for _ in range(2))
            print("工作进程里被打断的任务:", hit)
    # 离开 with 块时调用 terminate()
    print("进程池已终止")
