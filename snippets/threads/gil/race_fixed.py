import threading
import time

balance = 100
balance_lock = threading.Lock()
start_line = threading.Barrier(2)


def withdraw(amount, results):
    global balance
    start_line.wait()
    with balance_lock:  # “检查 + 行动”作为一个整体，不被其他线程插入
        if balance >= amount:
            time.sleep(0.05)
            balance -= amount
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
