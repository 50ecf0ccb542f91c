import queue

q = queue.Queue(maxsize=1)
q.put("first")

try:
    q.put_nowait("second")  # 等价于 put(block=False)
except queue.Full:
    print("队列已满：queue.Full")

try:
    q.put("second", timeout=0.05)  # 最多等 0.05 秒
except queue.Full:
    print("等了 0.05 秒仍然满：queue.Full")

print("取出:", q.get())

try:
    q.get(timeout=0.05)
except queue.Empty:
    print("等了 0.05 秒仍然空：queue.Empty")
