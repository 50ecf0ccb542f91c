import multiprocessing

N = 50_000


def add(counter, barrier):
    barrier.wait()
    for _ in range(N):
        with counter.get_lock():  # Value 自带的锁（默认是 RLock）
            counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    barrier = multiprocessing.Barrier(2)
    procs = [
        multiprocessing.Process(target=add, args=(counter, barrier)) for _ in range(2)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("expected:", 2 * N)
    print("actual:  ", counter.value)
