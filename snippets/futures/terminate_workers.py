import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def init(semaphore):
    global started
    started = semaphore


def stuck(n):
    started.release()  # 告诉主进程：任务真的开始执行了
    time.sleep(60)  # 卡住的工作进程
    return n


def state(future):
    if future.cancelled():
        return "已取消"
    if future.done():
        return type(future.exception()).__name__
    return "RUNNING" if future.running() else "PENDING"


def demo(method):
    print(f"{method}():")
    started = multiprocessing.Semaphore(0)
    # 不用 with：退出时的 shutdown() 会把 cancel_futures 改回 False
    executor = ProcessPoolExecutor(1, initializer=init, initargs=(started,))
    futures = [executor.submit(stuck, 0)]
    started.acquire(timeout=5)  # 唯一的工作进程已经卡在 sleep 里
    futures += [executor.submit(stuck, n) for n in range(1, 4)]
    # 等管理线程把任务放进调用队列：它最多容纳 max_workers + 1 = 2 个
    deadline = time.monotonic() + 5
    while not futures[2].running() and time.monotonic() < deadline:
        time.sleep(0.01)
    print("  调用前:", *map(state, futures))

    (worker,) = multiprocessing.active_children()
    start = time.monotonic()
    getattr(executor, method)()
    print("  立即返回:", time.monotonic() - start < 0.5)

    # 标记 Future、回收工作进程由管理线程随后完成：等它结束再看
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(timeout=5)
    print("  调用后:", *map(state, futures))
    print("  工作进程的 exitcode:", worker.exitcode)


if __name__ == "__main__":
    demo("terminate_workers")
    demo("kill_workers")
