import threading
import time

results = {}


def download(url, delay, *, retries=1):
    # 用 sleep 模拟一次网络请求
    time.sleep(delay)
    results[url] = f"{url} 下载完成（最多重试 {retries} 次）"


threads = [
    threading.Thread(target=download, args=("a.txt", 0.05)),
    threading.Thread(target=download, args=("b.txt", 0.02), kwargs={"retries": 3}),
]
for t in threads:
    t.start()  # 真正创建并启动操作系统线程
for t in threads:
    t.join()  # 阻塞，直到该线程结束

# 所有线程都已 join，这里读取结果是安全的，顺序也是确定的
for url in sorted(results):
    print(results[url])
