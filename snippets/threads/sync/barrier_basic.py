import threading

results = []
results_lock = threading.Lock()
rounds_done = []


def on_round_done():
    # 每一轮所有线程都到齐后，由其中一个线程调用一次
    rounds_done.append(len(rounds_done) + 1)


barrier = threading.Barrier(3, action=on_round_done, timeout=1)


def worker(wid):
    for step in range(2):
        with results_lock:
            results.append((step, wid))
        index = barrier.wait()  # 等其余线程；返回 0..parties-1 的唯一编号
        assert 0 <= index < 3


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# 屏障保证：没有线程会在别人做完第 0 步之前开始第 1 步
steps_in_order = [step for step, _ in results]
print("步骤顺序:", steps_in_order)
print("action 执行的轮次:", rounds_done)
