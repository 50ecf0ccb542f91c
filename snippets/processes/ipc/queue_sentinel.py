import multiprocessing

N_WORKERS = 2
STOP = None  # 哨兵：告诉消费者"不会再有数据了"


def consumer(tasks, results):
    while True:
        item = tasks.get()
        if item is STOP:
            break
        results.put(item * item)


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=consumer, args=(tasks, results))
        for _ in range(N_WORKERS)
    ]
    for w in workers:
        w.start()

    items = range(10)
    for n in items:
        tasks.put(n)
    for _ in workers:  # 每个消费者一个哨兵
        tasks.put(STOP)

    # 先取完结果，再 join（见下一节）
    collected = sorted(results.get(timeout=5) for _ in items)
    for w in workers:
        w.join()
    print(collected)
