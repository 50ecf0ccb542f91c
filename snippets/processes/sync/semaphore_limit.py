import multiprocessing
import time


def use_slot(slots, barrier, active, peak):
    barrier.wait()  # 4 个进程一起抢
    with slots:  # 最多 2 个进程同时进入
        with active.get_lock():
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.1)  # 模拟占用有限资源（连接、许可证……）
        with active.get_lock():
            active.value -= 1


if __name__ == "__main__":
    slots = multiprocessing.Semaphore(2)
    barrier = multiprocessing.Barrier(4)
    active = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    procs = [
        multiprocessing.Process(target=use_slot, args=(slots, barrier, active, peak))
        for _ in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak concurrency:", peak.value)
