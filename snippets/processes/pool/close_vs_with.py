import multiprocessing
import time


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    # 写法一：close() + join()，等所有已提交任务做完
    pool = multiprocessing.Pool(processes=2)
    results = [pool.apply_async(slow_square, (n,)) for n in range(4)]
    pool.close()
    pool.join()
    print("close/join ready:", [r.ready() for r in results])
    print("close/join values:", [r.get() for r in results])

    # 写法二：with 块。离开时 __exit__ 调用 terminate()，未完成的任务被直接丢弃
    with multiprocessing.Pool(processes=2) as pool:
        results = [pool.apply_async(slow_square, (n,)) for n in range(4)]
    print("with-block ready:", [r.ready() for r in results])
