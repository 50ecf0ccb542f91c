import multiprocessing
import time

finished = None  # 工作进程中的共享计数器，由 init_worker 赋值


def init_worker(counter):
    global finished
    finished = counter


def task(x):
    if x == 0:
        # 0 号任务最慢：等其余 3 个任务都完成后才结束（最多等 5 秒）
        deadline = time.monotonic() + 5
        while finished.value < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        with finished.get_lock():
            finished.value += 1
    return x


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(counter,)) as pool:
        # imap：按提交顺序产出，已完成的 1、2、3 要排在 0 后面
        print("imap:          ", list(pool.imap(task, range(4))))
        counter.value = 0
        # imap_unordered：谁先完成先产出谁
        print("imap_unordered:", list(pool.imap_unordered(task, range(4))))
