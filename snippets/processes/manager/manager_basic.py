import multiprocessing


def record(shared, log, ns, worker_id):
    shared[worker_id] = worker_id * 10  # 每次操作都是一次发往管理器进程的请求
    log.append(f"worker {worker_id}")
    ns.last = worker_id


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        log = manager.list()
        ns = manager.Namespace()
        procs = [
            multiprocessing.Process(target=record, args=(shared, log, ns, i))
            for i in range(3)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("dict:", dict(sorted(shared.items())))
        print("list:", sorted(log))
        print("namespace has last:", ns.last in range(3))
        print("proxy type:", type(shared).__name__)
