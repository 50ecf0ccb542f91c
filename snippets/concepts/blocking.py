"""阻塞与非阻塞、同步与异步：同一个队列、同一个函数的几种调用方式。"""

import queue
import time
from concurrent.futures import ThreadPoolExecutor

q = queue.Queue()

# 非阻塞：没有数据就立刻返回（抛出 queue.Empty），不等待
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait(): 队列是空的，立刻返回")

# 阻塞但有上限：最多等 0.1 秒
start = time.perf_counter()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print(f"get(timeout=0.1): 等了 {time.perf_counter() - start:.1f} 秒，仍然是空的")


def slow_square(x):
    time.sleep(0.1)
    return x * x


# 同步：调用返回时结果已经有了
print("同步调用的结果:", slow_square(3))

# 异步：submit() 立刻返回一个 Future，结果稍后才有
with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow_square, 4)
    print("submit() 已返回，任务完成了吗:", future.done())
    print("异步调用的结果:", future.result())  # 在这里阻塞，直到结果就绪
