import multiprocessing


def producer(cond, stock):
    for _ in range(3):
        with cond:
            stock.value += 1
            cond.notify_all()  # 唤醒等待者，让它们重新检查条件


def consumer(cond, stock, seen):
    with cond:
        # wait_for 在条件不满足时释放锁并等待，被唤醒后重新检查
        ok = cond.wait_for(lambda: stock.value >= 3, timeout=5)
        seen.value = stock.value if ok else -1


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    stock = multiprocessing.Value("i", 0, lock=False)  # 由 cond 的锁保护
    seen = multiprocessing.Value("i", 0)
    c = multiprocessing.Process(target=consumer, args=(cond, stock, seen))
    p = multiprocessing.Process(target=producer, args=(cond, stock))
    c.start()
    p.start()
    p.join()
    c.join()
    print("consumer saw stock =", seen.value)
