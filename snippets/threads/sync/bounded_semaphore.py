import threading

plain = threading.Semaphore(1)
plain.release()  # 多释放了一次：普通信号量默默把计数加到 2
print("普通 Semaphore 连续获取两次:", plain.acquire(False), plain.acquire(False))

bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()  # 计数会超过初始值 1：立刻报错，暴露 bug
except ValueError as e:
    print("ValueError:", e)

bounded.acquire()
bounded.release()  # 配对的 acquire/release 没有问题
print("配对使用正常")
