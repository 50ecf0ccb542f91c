import threading
import time

fired = []

reminder = threading.Timer(0.05, fired.append, args=["提醒已触发"])
cancelled = threading.Timer(0.05, fired.append, args=["这一条不会出现"])

start = time.perf_counter()
reminder.start()
cancelled.start()
cancelled.cancel()  # 还在等待阶段，取消后函数不会被调用

reminder.join()
cancelled.join()
elapsed = time.perf_counter() - start

print(fired)
print("大约等了 0.05 秒才触发:", elapsed >= 0.04)
print("Timer 是 Thread 的子类:", issubclass(threading.Timer, threading.Thread))
