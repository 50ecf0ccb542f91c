import time
from concurrent.futures import ThreadPoolExecutor


def download(name, seconds):
    # 用 sleep 模拟一次网络 IO：等待期间线程不占用 CPU
    time.sleep(seconds)
    return f"{name}: {len(name) * 100} 字节"


start = time.perf_counter()
# with 语句退出时调用 shutdown(wait=True)，等所有任务结束、线程回收
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(download, name, 0.1) for name in ("a", "bb", "ccc")]
    print("submit 立即返回:", [type(f).__name__ for f in futures])
    for future in futures:
        print(future.result())  # 阻塞到该任务完成，拿到返回值

print(f"三个 0.1 秒的任务共耗时 {time.perf_counter() - start:.1f} 秒")
