import subprocess
import sys
import threading
import time

is_gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)  # 3.13 新增


def spin(n):
    total = 0
    for i in range(n):  # 纯 Python 计算：不做 I/O，也不调用会释放 GIL 的 C 函数
        total += i * i
    return total


def run(workers, total=3_000_000):
    """把 total 次循环平分给 workers 个线程；返回 (墙钟秒数, 平均占用的核数)。"""
    threads = [
        threading.Thread(target=spin, args=(total // workers,)) for _ in range(workers)
    ]
    wall, cpu = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # 进程 CPU 时间（所有线程之和）÷ 墙钟时间 = 平均有几个核在为本进程干活
    return wall, cpu / wall


def measure(title):
    print(f"{title}（GIL 已启用: {is_gil_enabled()}）")
    busiest = 0.0
    for workers in (1, 2, 4):
        wall, cores = run(workers)
        busiest = max(busiest, cores)
        print(f"  {workers} 个线程: 耗时 {wall:.2f} 秒, 占用 {cores:.2f} 个核")
    # 机器忙时另一个核可能正被占着：再给 2 个线程两次机会（有 GIL 时量几次都不会超过 1）
    for _ in range(2):
        if busiest > 1.2:
            break
        busiest = max(busiest, run(2)[1])
    # 有 GIL 时这个数不会超过 1，机器再忙也只会更低；超过 1.2 只能是线程在并行
    print("  线程在并行（超过 1.2 个核）:", busiest > 1.2)


if sys.argv[1:] == ["--child"]:
    measure("同一程序加 -X gil=1")
else:
    measure("本进程")
    # 用同一个解释器、加上 -X gil=1 再跑一遍自己
    child = subprocess.run(
        [sys.executable, "-X", "gil=1", __file__, "--child"],
        capture_output=True,
        text=True,
        check=True,
    )
    print(child.stdout, end="")
