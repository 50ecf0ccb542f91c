import multiprocessing
import queue


def worker(wid, go, barrier, seq, log):
    go.wait()  # 等父进程发令
    with seq.get_lock():  # 用共享计数器给每一步编号，记录真实先后
        seq.value += 1
        log.put((seq.value, "phase1", wid))
    barrier.wait()  # 所有人都完成 phase1 才能进入 phase2
    with seq.get_lock():
        seq.value += 1
        log.put((seq.value, "phase2", wid))


if __name__ == "__main__":
    go = multiprocessing.Event()
    barrier = multiprocessing.Barrier(3)
    seq = multiprocessing.Value("i", 0)
    log = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=worker, args=(i, go, barrier, seq, log))
        for i in range(3)
    ]
    for p in procs:
        p.start()
    try:
        log.get(timeout=0.2)
        print("someone started early!")
    except queue.Empty:
        print("nobody runs before go.set()")
    go.set()
    steps = sorted(log.get(timeout=5) for _ in range(6))
    for p in procs:
        p.join()
    print("order of phases:", [phase for _, phase, _ in steps])
