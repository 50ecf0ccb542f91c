import multiprocessing

lock = None  # 每个工作进程里由 init_worker 赋值


def init_worker(shared_lock):
    global lock
    lock = shared_lock


def locked_task(n):
    with lock:
        return n * 2


def task_with_lock_arg(n, some_lock):
    with some_lock:
        return n


if __name__ == "__main__":
    shared_lock = multiprocessing.Lock()
    # 错误：锁不能作为任务参数传给进程池（任务参数要经过队列 pickle）
    with multiprocessing.Pool(2) as pool:
        try:
            pool.apply(task_with_lock_arg, (1, shared_lock))
        except RuntimeError as exc:
            print("RuntimeError:", exc)

    # 正确：在创建工作进程时通过 initializer 交给它们（属于"继承"）
    with multiprocessing.Pool(
        2, initializer=init_worker, initargs=(shared_lock,)
    ) as pool:
        print(pool.map(locked_task, range(5)))
