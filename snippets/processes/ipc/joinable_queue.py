import multiprocessing


def worker(tasks, results):
    while True:
        n = tasks.get()
        try:
            if n is None:
                break
            results.put((n, n * n))
        finally:
            tasks.task_done()  # 每个 get() 都要对应一次 task_done()


if __name__ == "__main__":
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(2)
    ]
    for w in workers:
        w.start()

    for n in range(6):
        tasks.put(n)
    tasks.join()  # 阻塞到 6 个任务全部 task_done()
    print("all tasks done:", sorted(results.get(timeout=5) for _ in range(6)))

    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print("workers exited:", [w.exitcode for w in workers])
