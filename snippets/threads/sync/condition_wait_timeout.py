import threading

cond = threading.Condition()
items = []

with cond:
    # 没人 notify：wait 超时后返回 False
    print("wait 返回:", cond.wait(timeout=0.05))
    # wait_for 返回谓词最后一次的值；超时仍不满足就是假值
    print("wait_for 返回:", cond.wait_for(lambda: len(items), timeout=0.05))

items.append("job")
with cond:
    # 条件已经满足时 wait_for 不会等待
    print(
        "条件已满足时 wait_for 返回:", cond.wait_for(lambda: len(items), timeout=0.05)
    )
