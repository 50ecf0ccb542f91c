import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def whoami(_):
    return os.getpid()


def main():
    # 3.11+：每个工作进程最多执行 1 个任务就退出，由新进程接替
    with ProcessPoolExecutor(max_workers=2, max_tasks_per_child=1) as executor:
        pids = list(executor.map(whoami, range(4)))
    print(f"{len(pids)} 个任务用了 {len(set(pids))} 个不同的工作进程")

    # 不给 mp_context 时默认用 spawn；显式要求 fork 则直接报错
    try:
        ProcessPoolExecutor(
            max_tasks_per_child=1, mp_context=multiprocessing.get_context("fork")
        )
    except ValueError as exc:
        print("ValueError:", exc)


if __name__ == "__main__":
    main()
