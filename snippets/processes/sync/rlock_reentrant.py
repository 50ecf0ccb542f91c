import multiprocessing


def reacquire(lock):
    with lock:
        # 同一进程再次获取：RLock 可以，Lock 会卡住（这里用超时代替死锁）
        again = lock.acquire(timeout=0.1)
        if again:
            lock.release()
        return again


def try_from_child(lock, answers):
    answers.put(lock.acquire(timeout=0.1))


if __name__ == "__main__":
    print("Lock  re-acquire:", reacquire(multiprocessing.Lock()))
    print("RLock re-acquire:", reacquire(multiprocessing.RLock()))

    # RLock 属于持有它的那个进程（里的那个线程）：别的进程拿不到
    rlock = multiprocessing.RLock()
    answers = multiprocessing.Queue()
    with rlock:
        proc = multiprocessing.Process(target=try_from_child, args=(rlock, answers))
        proc.start()
        print("child acquire while parent holds:", answers.get(timeout=5))
        proc.join()
