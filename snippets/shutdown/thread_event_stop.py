"""SIGTERM：停止接收 → 工作线程排空队列 → 退出码 0。"""

import os
import queue
import signal
import threading
import time

stopping = threading.Event()
jobs = queue.Queue()
done = []


def on_sigterm(signum, frame):
    # 只设置标志，其余的事交给正常的代码
    stopping.set()


def worker():
    while True:
        closed = stopping.is_set()  # 先读标志：此后不会再有新任务入队
        try:
            job = jobs.get(timeout=0.05)
        except queue.Empty:
            if closed:
                return  # 已停止接收，队列也空了：排空完毕
            continue
        time.sleep(0.02)  # 处理一个任务
        done.append(job)


signal.signal(signal.SIGTERM, on_sigterm)
workers = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(2)]
for t in workers:
    t.start()

# 主线程负责接收任务
accepted = 0
while not stopping.is_set():
    jobs.put(accepted)
    accepted += 1
    if accepted == 6:
        # 相当于运维在这时执行 kill -TERM <pid>
        os.kill(os.getpid(), signal.SIGTERM)
print(f"收到 SIGTERM，停止接收：共接收 {accepted} 个任务")

for t in workers:
    t.join()  # 等工作线程做完手上的任务、排空队列
print("已完成:", sorted(done))
print("队列里剩下:", jobs.qsize())
print("还活着的线程:", [t.name for t in threading.enumerate()])
