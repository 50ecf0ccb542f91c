"""解释器队列的 timeout 在 3.14/3.15 里被截断成整秒（gh-153005）。"""

import queue
import time
from concurrent import interpreters

q = interpreters.create_queue()
for timeout in (0.5, 1.5):
    start = time.monotonic()
    try:
        q.get(timeout=timeout)
    except interpreters.QueueEmpty:
        waited = time.monotonic() - start
    print(f"get(timeout={timeout}) 实际等了 {waited:.1f} 秒")

# QueueEmpty 也是 queue.Empty 的子类，可以按线程队列的习惯捕获
print("是 queue.Empty 的子类:", issubclass(interpreters.QueueEmpty, queue.Empty))
