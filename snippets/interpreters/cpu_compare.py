"""CPU 密集的纯 Python 计算：线程、进程、子解释器，各用 2 个工作者。"""

import contextlib
import time
from concurrent.futures import (
    InterpreterPoolExecutor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)

TASKS = [30_000] * 4  # 每轮 4 个同样大小的任务
ROUNDS = 5  # 三种执行器轮流各测 5 轮，各取最好的一轮


def count_primes(limit):
    # 试除法数素数，并返回本线程在这个任务上花掉的 CPU 时间
    start = time.thread_time()
    count = 0
    for n in range(2, limit):
        for d in range(2, int(n**0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    return count, time.thread_time() - start


def one_round(pool):
    start = time.perf_counter()
    results = list(pool.map(count_primes, TASKS))
    wall = time.perf_counter() - start
    # 4 个任务的 CPU 时间之和 / 墙钟时间 = 平均同时用上了几个核
    return wall, sum(cpu for _, cpu in results) / wall


if __name__ == "__main__":
    # 进程池最先建：用 fork 启动方法时，进程里已经有别的线程会引出 DeprecationWarning
    kinds = {
        "进程": ProcessPoolExecutor,
        "线程": ThreadPoolExecutor,
        "子解释器": InterpreterPoolExecutor,
    }
    with contextlib.ExitStack() as stack:
        pools = {}
        for name, executor_class in kinds.items():
            pools[name] = stack.enter_context(executor_class(max_workers=2))
            list(pools[name].map(count_primes, [10, 10]))  # 先把两个工作者启动好
        rounds = {name: [] for name in pools}
        for _ in range(ROUNDS):
            for name, pool in pools.items():
                rounds[name].append(one_round(pool))

    best = {}
    for name, results in rounds.items():
        wall = min(w for w, _ in results)
        best[name] = max(r for _, r in results)
        print(f"最短墙钟 {wall:.2f} s  最高 CPU/墙钟 {best[name]:.2f}  {name}")
    print("线程同一时刻只用一个核 (不超过 1.05):", best["线程"] <= 1.05)
    print("进程用上了不止一个核 (超过 1.2):", best["进程"] > 1.2)
    print("子解释器用上了不止一个核 (超过 1.2):", best["子解释器"] > 1.2)
