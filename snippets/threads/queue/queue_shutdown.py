import queue
import sys
import threading

if not hasattr(queue.Queue, "shutdown"):
    sys.exit("Queue.shutdown() 需要 Python 3.13 或更新版本")

tasks = queue.Queue()
done = []
done_lock = threading.Lock()


def worker():
    while True:
        try:
            n = tasks.get()  # 队列关闭且取空后抛 ShutDown
        except queue.ShutDown:
            return
        with done_lock:
            done.append(n)
        tasks.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()

for n in range(6):
    tasks.put(n)
tasks.shutdown()  # 不再接受新任务；已有任务照常取完

try:
    tasks.put(99)
except queue.ShutDown:
    print("shutdown 之后 put 抛出 queue.ShutDown")

for t in threads:
    t.join()
print("处理完的任务:", sorted(done))
