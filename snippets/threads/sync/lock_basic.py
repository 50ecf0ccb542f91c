import threading

lock = threading.Lock()
print("新建的锁:", lock.locked())

# 写法一：acquire/release 配合 try/finally，异常时也能释放
lock.acquire()
try:
    print("临界区内:", lock.locked())
finally:
    lock.release()

# 写法二（推荐）：with 语句自动 acquire/release
with lock:
    print("with 块内:", lock.locked())
print("离开 with 后:", lock.locked())

# 释放一把没有被锁住的锁是错误
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
