import concurrent.futures
import threading
import time

calls = []


def slow_square(x):
    time.sleep(0.2)
    return x * x


def report(future):
    # 回调只接收 future 一个参数；记下结果和执行回调的线程
    calls.append((future.result(), threading.current_thread().name))


with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="worker") as executor:
    future = executor.submit(slow_square, 7)
    future.add_done_callback(report)  # 任务完成时，由完成它的工作线程调用
    print("done:", future.done())
    try:
        future.result(timeout=0.05)  # 最多等 0.05 秒
    except concurrent.futures.TimeoutError:  # 3.11 起它就是内置的 TimeoutError
        print("0.05 秒内没等到结果，任务仍在运行")
    print("result:", future.result())  # 不给 timeout：一直等
    print("done:", future.done(), "| exception:", future.exception())
    future.add_done_callback(report)  # 已完成：立即在当前线程里调用

for result, thread_name in calls:
    print(f"回调收到 {result}，运行在 {thread_name}")
