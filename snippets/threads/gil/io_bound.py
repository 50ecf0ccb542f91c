import threading
import time


def fake_request():
    time.sleep(0.05)  # 等待 I/O 时，线程会释放 GIL


start = time.perf_counter()
for _ in range(4):
    fake_request()
serial = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=fake_request) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"串行 4 次请求: {serial:.2f} 秒")
print(f"4 个线程并发: {threaded:.2f} 秒")
print("4 个线程比串行快 2 倍以上:", serial / threaded > 2)
