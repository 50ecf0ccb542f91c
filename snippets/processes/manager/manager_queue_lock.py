import multiprocessing


def work(n, results, lock, counter):
    with lock:  # 管理器里的 threading.Lock，通过代理跨进程使用
        counter.value += 1
    results.put(n * n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager, multiprocessing.Pool(2) as pool:
        # multiprocessing.Queue 不能作为参数传给进程池的任务
        try:
            pool.apply(print, (multiprocessing.Queue(),))
        except RuntimeError as exc:
            print("RuntimeError:", exc)

        # 代理对象可以被 pickle，因此能传给进程池
        results = manager.Queue()
        lock = manager.Lock()
        counter = manager.Value("i", 0)
        pool.starmap(work, [(n, results, lock, counter) for n in range(5)])
        print("results:", sorted(results.get(timeout=5) for _ in range(5)))
        print("counter:", counter.value)
