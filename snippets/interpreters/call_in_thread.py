"""call_in_thread：在新线程里调用子解释器中的函数，结果经队列送回。"""

from concurrent import interpreters


def sum_squares(n, results):
    total = sum(i * i for i in range(n))
    results.put((n, total))  # 返回值会被丢弃，结果要自己送回来
    return total


if __name__ == "__main__":
    results = interpreters.create_queue()
    workers = [interpreters.create() for _ in range(2)]
    threads = [
        interp.call_in_thread(sum_squares, n, results)
        for interp, n in zip(workers, [1_000, 2_000])
    ]
    print("call_in_thread 返回:", type(threads[0]).__name__)
    for thread in threads:
        thread.join()
    print("结果:", sorted(results.get() for _ in workers))
    for interp in workers:
        interp.close()
