import queue
import threading

STOP = object()  # 哨兵：一个不可能是正常任务的独特对象
NUM_WORKERS = 3

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        try:
            if n is STOP:
                return  # 收到哨兵，退出循环
            results.put((n, n * n))
        finally:
            tasks.task_done()  # 每个 get() 都要配一个 task_done()


threads = [threading.Thread(target=worker) for _ in range(NUM_WORKERS)]
for t in threads:
    t.start()

for n in range(10):
    tasks.put(n)
tasks.join()  # 阻塞到 10 个任务都 task_done()
print("全部任务已处理，结果数:", results.qsize())

for _ in threads:
    tasks.put(STOP)  # 每个工作线程一个哨兵
for t in threads:
    t.join()

squares = sorted(results.get() for _ in range(10))
print(squares[:4], "...")
print("工作线程都已退出:", not any(t.is_alive() for t in threads))
