import threading

MAX_COUNT = 100_000
lock = threading.Lock()
count = 0


class Incrementer(threading.Thread):
    def __init__(self, name):
        super().__init__(name=name)
        self.done = 0  # 本线程完成的自增次数

    def run(self):
        global count
        while True:
            with lock:  # “检查上限 + 自增”必须在同一把锁里完成
                if count >= MAX_COUNT:
                    return
                count += 1
            self.done += 1


workers = [Incrementer(f"T-{i}") for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("count =", count)
print("各线程次数之和 =", sum(w.done for w in workers))
print("恰好等于上限:", count == MAX_COUNT == sum(w.done for w in workers))
