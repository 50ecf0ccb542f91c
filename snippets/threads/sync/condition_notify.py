import threading
import time

cond = threading.Condition()
ready = False
events = []


def consumer():
    with cond:
        # wait_for 在等待时释放锁；被唤醒后要先重新拿到锁才会返回
        cond.wait_for(lambda: ready)
        events.append("消费者：从 wait_for 返回（已重新持有锁）")


t = threading.Thread(target=consumer)
t.start()

with cond:
    ready = True
    cond.notify()  # 只是唤醒，不释放锁
    events.append("生产者：已 notify，但仍持有锁")
    time.sleep(0.05)  # 此时消费者即使被唤醒也只能等锁
    events.append("生产者：即将离开 with，释放锁")

t.join()
for e in events:
    print(e)
