import threading

start_signal = threading.Event()
log = []
log_lock = threading.Lock()


def runner(name):
    start_signal.wait()  # 阻塞，直到事件被 set
    with log_lock:
        log.append(f"{name} 起跑")


print("初始状态:", start_signal.is_set())
print("等 0.05 秒的结果:", start_signal.wait(timeout=0.05))  # 超时返回 False

runners = [threading.Thread(target=runner, args=(f"选手{i}",)) for i in range(3)]
for r in runners:
    r.start()
start_signal.set()  # 一次唤醒所有等待者
for r in runners:
    r.join()

print("set 之后:", start_signal.is_set(), sorted(log))
start_signal.clear()  # 复位，可以再次使用
print("clear 之后:", start_signal.is_set())
