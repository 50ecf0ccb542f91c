import threading
import time


def count_down(n):
    while n > 0:  # 纯 Python 计算：有 GIL 的构建上，执行期间一直要持有 GIL
        n -= 1


def run(workers, total):
    """把 total 次计数平分给 workers 个线程；返回墙钟秒数和整个进程消耗的 CPU 秒数。"""
    threads = [
        threading.Thread(target=count_down, args=(total // workers,))
        for _ in range(workers)
    ]
    wall, cpu = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - wall, time.process_time() - cpu


TOTAL = 6_000_000
cores = {}
for workers in (1, 2, 4):
    wall, cpu = run(workers, TOTAL)
    # CPU 时间 ÷ 墙钟时间 = 这段时间里平均有几个核在为本进程干活
    cores[workers] = cpu / wall
    print(f"{workers} 个线程: 耗时 {wall:.2f} 秒, 平均占用 {cores[workers]:.1f} 个核")

busiest = max(cores[2], cores[4])
for _ in range(2):  # 机器忙时另一个核可能正被占着：再给 2 个线程两次机会
    if busiest > 1.2:
        break
    wall, cpu = run(2, TOTAL)
    busiest = max(busiest, cpu / wall)
# 有 GIL 时这个比值不会超过 1.0，机器再忙也只会更低；超过 1.2 说明线程真的在并行
print("多个线程同时占用了不止一个核:", busiest > 1.2)
