import threading

THREADS, ROUNDS = 4, 100_000
count = 0
lock = threading.Lock()


def unsafe(start):
    global count
    start.wait()  # 所有线程一起开始，重叠得最多
    for _ in range(ROUNDS):
        count += 1  # 读取、相加、写回：三步之间可能插进别的线程


def safe(start):
    global count
    start.wait()
    for _ in range(ROUNDS):
        with lock:  # 整个读改写放进临界区
            count += 1


def run(worker):
    global count
    count = 0
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=worker, args=(start,)) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


expected = THREADS * ROUNDS
for name, worker in [("不加锁", unsafe), ("加锁", safe)]:
    got = run(worker)
    print(f"{name}: 计数 {got} / {expected}, 丢失了更新: {got < expected}")
