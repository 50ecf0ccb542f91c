import _thread

NUM_THREADS = 4
results = {}
results_lock = _thread.allocate_lock()  # 与 threading.Lock() 是同一种锁
remaining = NUM_THREADS
all_done = _thread.allocate_lock()
all_done.acquire()  # 先锁上；最后一个线程负责解锁，主线程借此等待


def worker(n):
    global remaining
    try:
        value = n * n
        with results_lock:
            results[n] = (value, _thread.get_ident())
    finally:
        with results_lock:
            remaining -= 1
            if remaining == 0:
                all_done.release()  # 通知主线程：全部完成


for n in range(NUM_THREADS):
    _thread.start_new_thread(worker, (n,))  # 返回线程标识符，没有线程对象

# _thread 没有 join()：用锁等待，并设置超时以免永远卡住
finished = all_done.acquire(timeout=5)
print("所有线程都已完成:", finished)
print("结果:", {n: value for n, (value, _) in sorted(results.items())})
main_ident = _thread.get_ident()
print(
    "工作线程的 ident 都不是主线程的:",
    all(i != main_ident for _, i in results.values()),
)
