import threading

barrier = threading.Barrier(3)  # 需要 3 方，但只会来 2 个线程
outcomes = []


def worker(name):
    try:
        barrier.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        outcomes.append(f"{name}: BrokenBarrierError")


threads = [threading.Thread(target=worker, args=(f"T{i}",)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for line in sorted(outcomes):
    print(line)
print("屏障已损坏:", barrier.broken)
barrier.reset()  # 复位后可以重新使用
print("reset 之后:", barrier.broken)
