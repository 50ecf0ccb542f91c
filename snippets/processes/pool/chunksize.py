import multiprocessing
import time


def default_chunksize(n_items, n_workers):
    # 与 CPython Lib/multiprocessing/pool.py 中 Pool._map_async 的算法相同
    chunksize, extra = divmod(n_items, n_workers * 4)
    if extra:
        chunksize += 1
    return chunksize


def inc(x):
    return x + 1


if __name__ == "__main__":
    for n_items, n_workers in [(3, 2), (100, 2), (1000, 4), (4000, 2)]:
        size = default_chunksize(n_items, n_workers)
        print(f"map: {n_items} items, {n_workers} workers -> chunksize {size}")

    with multiprocessing.Pool(processes=2) as pool:
        pool.map(inc, range(10))  # 预热：确保工作进程都已启动
        timings = {}
        for label, chunksize in [("chunksize=1", 1), ("default", None)]:
            start = time.perf_counter()
            pool.map(inc, range(4000), chunksize=chunksize)
            timings[label] = time.perf_counter() - start
    for label, seconds in timings.items():
        print(f"{label:>11}: {seconds * 1000:.1f} ms")
    print(
        "chunksize=1 at least 3x slower:",
        timings["chunksize=1"] > 3 * timings["default"],
    )
