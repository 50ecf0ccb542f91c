import threading

CAPACITY = 2
buffer = []
done = False
cond = threading.Condition()
consumed = {}


def producer(n):
    global done
    for item in range(n):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)  # 满了就等
            buffer.append(item)
            cond.notify_all()  # 唤醒等待“非空”的消费者
    with cond:
        done = True
        cond.notify_all()  # 让所有消费者看到结束标志，避免有人永远等下去


def consumer():
    me = threading.current_thread().name
    consumed[me] = []
    while True:
        with cond:
            cond.wait_for(lambda: buffer or done)  # 有货或已结束才醒
            if not buffer:  # done 且已取空：退出
                return
            item = buffer.pop(0)
            cond.notify_all()  # 唤醒等待“未满”的生产者
        consumed[me].append(item)  # 处理放在锁外


consumers = [threading.Thread(target=consumer, name=f"C{i}") for i in range(2)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(10,))
p.start()
p.join()
for c in consumers:
    c.join()

everything = sorted(x for items in consumed.values() for x in items)
print("全部被消费:", everything)
print("没有重复也没有遗漏:", everything == list(range(10)))
