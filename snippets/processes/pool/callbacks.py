import multiprocessing


def check_positive(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 10


if __name__ == "__main__":
    done, failed = [], []
    pool = multiprocessing.Pool(processes=2)
    results = [
        pool.apply_async(
            check_positive,
            (x,),
            callback=done.append,  # 成功时在父进程的结果线程里调用
            error_callback=failed.append,  # 出错时收到异常对象
        )
        for x in (1, -2, 3)
    ]
    pool.close()  # 不再接受新任务
    pool.join()  # 等已提交的任务全部完成、工作进程退出

    print("done:", sorted(done))
    print("failed:", [repr(e) for e in failed])
    # get() 会在父进程里重新抛出子进程中的异常
    try:
        results[1].get()
    except ValueError as exc:
        print("get() raised:", exc)
