import threading

THREADS, ROUNDS = 4, 100_000


class Stats(threading.local):
    def __init__(self):
        self.hits = 0  # 每个线程第一次访问 stats 时，各自执行一次 __init__


stats = Stats()


def record_hit():
    # 可以在线程里的任何地方调用：只改本线程自己的那一份，不需要锁
    stats.hits += 1


partials = []  # list.append 是原子操作


def worker():
    for _ in range(ROUNDS):
        record_hit()
    partials.append(stats.hits)  # 线程结束前交出自己的部分和


threads = [threading.Thread(target=worker) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("各线程的部分和:", partials)
print("合计:", sum(partials), "== 期望:", THREADS * ROUNDS)
print("主线程自己的 stats.hits:", stats.hits)
