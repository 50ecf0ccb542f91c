import concurrent.futures
import time


def work(seconds):
    time.sleep(seconds)
    return seconds


start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    # timeout 从调用 map 的那一刻开始计时，对整个迭代生效
    results = executor.map(work, [0.1, 0.3], timeout=0.2)
    try:
        for value in results:
            print(f"拿到 {value}，已过 {time.perf_counter() - start:.1f} 秒")
    except concurrent.futures.TimeoutError:  # 3.11 起它就是内置的 TimeoutError
        print(f"超时，已过 {time.perf_counter() - start:.1f} 秒")
# 超时并不会中止正在运行的线程：with 退出时仍要等 0.3 秒的任务跑完
print(f"with 结束，已过 {time.perf_counter() - start:.1f} 秒")
