import threading

lock = threading.Lock()
holder_ready = threading.Event()
may_release = threading.Event()


def holder():
    with lock:
        holder_ready.set()
        may_release.wait(timeout=1)


t = threading.Thread(target=holder)
t.start()
holder_ready.wait()  # 此刻锁在 holder 线程手里

print("非阻塞尝试:", lock.acquire(blocking=False))  # 立即返回 False
print("最多等 0.05 秒:", lock.acquire(timeout=0.05))  # 超时后返回 False

try:
    lock.acquire(blocking=False, timeout=1)  # 两个参数不能同时用
except ValueError as e:
    print("ValueError:", e)

may_release.set()
t.join()
print("holder 释放后再试:", lock.acquire(timeout=0.05))
lock.release()
