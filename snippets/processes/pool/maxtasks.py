import multiprocessing
import os


def whoami(n):
    return n, os.getpid()


if __name__ == "__main__":
    # 每个工作进程最多执行 2 个任务就退出，由池补一个新进程
    with multiprocessing.Pool(processes=2, maxtasksperchild=2) as pool:
        pairs = pool.map(whoami, range(6), chunksize=1)
    for n, pid in pairs:
        print(f"task {n}: pid={pid}")
    workers = {pid for _, pid in pairs}
    print("distinct worker pids >= 3:", len(workers) >= 3)
