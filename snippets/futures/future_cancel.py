import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()  # 一直占着唯一的工作线程，直到主线程放行
    return "blocker 完成"


def quick(n):
    return f"quick {n} 完成"


with ThreadPoolExecutor(max_workers=1) as executor:
    running = executor.submit(blocker)
    queued = [executor.submit(quick, n) for n in (1, 2)]
    started.wait()  # 确保 blocker 已经开始执行

    print("取消正在运行的任务:", running.cancel(), "| running():", running.running())
    print(
        "取消排队中的任务:", queued[0].cancel(), "| cancelled():", queued[0].cancelled()
    )
    release.set()

print(running.result())
print(queued[1].result())
try:
    queued[0].result()
except CancelledError:
    print("已取消的 future 调用 result() 抛出 CancelledError")
