import queue
import threading

q = queue.Queue()
q.put("唯一的任务")
both_checked = threading.Barrier(2)
outcomes = []
lock = threading.Lock()


def consumer():
    looks_non_empty = not q.empty()  # 检查的一刻是对的……
    both_checked.wait()  # 保证两个线程都完成了检查
    try:
        item = q.get_nowait()  # ……行动的时候已经过时
        result = f"拿到了 {item}"
    except queue.Empty:
        result = "queue.Empty"
    with lock:
        outcomes.append((looks_non_empty, result))


threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("两个线程都看到队列非空:", all(seen for seen, _ in outcomes))
print("实际结果:", sorted(result for _, result in outcomes))
