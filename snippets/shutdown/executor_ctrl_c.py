"""ProcessPoolExecutor 上按 Ctrl-C：with 块退出时仍要等排队的任务全部做完。"""

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


def task(i):
    started.put(os.getpid())
    time.sleep(0.5)
    return i


def press_ctrl_c(started_queue):
    workers = [started_queue.get() for _ in range(2)]
    time.sleep(0.2)  # 让主线程进入 result() 里的阻塞等待
    for pid in set(workers):
        os.kill(pid, signal.SIGINT)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


if __name__ == "__main__":
    started_queue = SimpleQueue()
    threading.Thread(target=press_ctrl_c, args=(started_queue,)).start()
    with ProcessPoolExecutor(2, initializer=init, initargs=(started_queue,)) as ex:
        futures = [ex.submit(task, i) for i in range(8)]
        try:
            for f in futures:
                f.result()
        except KeyboardInterrupt:
            print("父进程: result() 抛出 KeyboardInterrupt")
            interrupted = time.monotonic()
    # 剩下 6 个任务 × 0.5 秒 ÷ 2 个工作进程 = 1.5 秒
    print("离开 with 块时又等了剩下的任务:", time.monotonic() - interrupted > 1.2)
    for i, f in enumerate(futures):
        exc = f.exception()
        print(f"任务 {i}:", type(exc).__name__ if exc else f"返回 {f.result()}")
