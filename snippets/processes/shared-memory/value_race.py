import multiprocessing

N = 200_000


def add(counter, barrier):
    barrier.wait()  # 两个进程同时开跑，让竞争一定发生
    for _ in range(N):
        counter.value += 1  # 读、加、写三步：每步各自加锁，整体并不原子


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
    print("lost updates:", counter.value < 2 * N)
