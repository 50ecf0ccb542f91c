import threading
import time

slots = threading.Semaphore(2)  # 同一时刻最多 2 个线程进入
stats_lock = threading.Lock()
active = 0
peak = 0


def fetch(i):
    global active, peak
    with slots:  # acquire：计数器减 1，为 0 时阻塞
        with stats_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)  # 模拟下载
        with stats_lock:
            active -= 1
    # 离开 with：release，计数器加 1，唤醒一个等待者


threads = [threading.Thread(target=fetch, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("6 个任务的最大并发数:", peak)
