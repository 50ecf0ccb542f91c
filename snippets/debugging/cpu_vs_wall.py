import threading
import time


def blocked_on_lock():
    held = threading.Lock()
    held.acquire()
    held.acquire(timeout=0.3)  # 像死锁一样干等（限时 0.3 秒）


def spinning():
    ready = False  # 没有人会把它改成 True
    deadline = time.perf_counter() + 0.3
    while not ready and time.perf_counter() < deadline:
        pass  # 忙等：不停地检查标志


def cpu_share(target):
    """在另一个线程里运行 target，返回这段时间里 CPU 时间 / 墙钟时间。"""
    wall, cpu = time.perf_counter(), time.process_time()
    t = threading.Thread(target=target)
    t.start()
    t.join()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


print("阻塞在锁上，CPU 时间 / 墙钟时间 < 0.1:", cpu_share(blocked_on_lock) < 0.1)
print("忙等一个标志，CPU 时间 / 墙钟时间 > 0.3:", cpu_share(spinning) > 0.3)
