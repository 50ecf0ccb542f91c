"""并发而不并行：一个线程让两个任务轮流推进。"""

from collections import deque


def task(name, steps):
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        yield  # 把控制权交还给调度循环


def run(tasks):
    ready = deque(tasks)
    while ready:
        current = ready.popleft()
        try:
            next(current)  # 让它运行到下一个 yield
        except StopIteration:
            continue  # 已经结束：不再放回队列
        ready.append(current)


run([task("download", 3), task("render", 2)])
