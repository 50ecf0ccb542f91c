import hashlib
import threading
import time


def heartbeats_during(func):
    """在主线程执行 func() 期间，统计另一个线程“跳动”了多少次（约每毫秒一次）。"""
    stop = threading.Event()
    beats = 0

    def heartbeat():
        nonlocal beats
        # 用 sleep 而不用 stop.wait(0.001)：自由线程构建上，锁在阻塞前会先自旋、
        # 反复让出 CPU，和忙碌的主线程挤在同一个核上时，心跳会被饿住
        while not stop.is_set():
            time.sleep(0.001)
            beats += 1

    t = threading.Thread(target=heartbeat)
    t.start()
    time.sleep(0.01)  # 让心跳线程先跑起来
    before = beats
    func()
    during = beats - before
    stop.set()
    t.join()
    return during


data = b"x" * (64 * 1024 * 1024)  # 64 MiB

# hashlib 处理大块数据时会释放 GIL：心跳线程可以照常运行
hashed = heartbeats_during(lambda: hashlib.sha256(data).digest())
# sum(range(...)) 是一次不释放 GIL 的 C 调用：有 GIL 时心跳线程只能干等
summed = heartbeats_during(lambda: sum(range(5_000_000)))

print("sha256 期间心跳照常:", hashed >= 15)
print("sum() 期间心跳照常:", summed >= 15)
