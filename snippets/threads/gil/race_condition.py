import threading
import time

balance = 100
start_line = threading.Barrier(2)  # 让两个线程几乎同时开始取款


def withdraw(amount, results):
    global balance
    start_line.wait()
    if balance >= amount:  # 检查
        time.sleep(0.05)  # 比如去查一次风控接口；这期间别的线程可以运行
        balance -= amount  # 再行动：此时检查的结论可能已经过时
        results.append(True)
    else:
        results.append(False)


results = []
threads = [threading.Thread(target=withdraw, args=(80, results)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("成功取款次数:", results.count(True))
print("最终余额:", balance)
