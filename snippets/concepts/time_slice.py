"""抢占式调度：两个从不主动让出的线程，仍然轮流（或同时）向前推进。"""

import sys
import threading
import time

print("GIL 的切换间隔:", sys.getswitchinterval(), "秒")

log = []  # 谁在运行：只在换人时追加一项


def spin(name, until):
    while time.perf_counter() < until:  # 纯计算，没有 sleep、I/O 或锁
        if not log or log[-1] != name:
            log.append(name)


until = time.perf_counter() + 0.3
threads = [threading.Thread(target=spin, args=(n, until)) for n in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
# 没有抢占（又只有一个核）的话，A 会一直运行到截止时刻，B 根本轮不到
print("两个线程都运行过:", set(log) == {"A", "B"})
print(f"A、B 轮换了 {len(log)} 次")
