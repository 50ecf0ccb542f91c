import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Semaphore(0)


def work(n):
    started.release()  # 告诉主线程：又有一个任务开始运行了
    time.sleep(0.1)
    return n


executor = ThreadPoolExecutor(max_workers=2)
futures = [executor.submit(work, n) for n in range(6)]
started.acquire()
started.acquire()  # 等前两个任务都开始运行

# 3.9+：取消所有还没开始的任务，再等正在运行的任务结束
executor.shutdown(wait=True, cancel_futures=True)

for n, future in enumerate(futures):
    print(n, "已取消" if future.cancelled() else f"结果 {future.result()}")

try:
    executor.submit(work, 99)
except RuntimeError as exc:
    print("shutdown 之后再 submit:", exc)
