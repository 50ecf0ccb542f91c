import threading

calls = []
t = threading.Timer(0.01, calls.append, args=["tick"])
t.start()
t.join()

try:
    t.start()  # 想“重新定时”？Timer 也是线程，只能 start 一次
except RuntimeError as e:
    print("RuntimeError:", e)

print("回调次数:", len(calls))
