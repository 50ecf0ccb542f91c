import threading

rlock = threading.RLock()
lock = threading.Lock()
rlock.acquire()
lock.acquire()

errors = []


def release_from_other_thread():
    lock.release()  # 普通 Lock 不记录持有者：任何线程都能释放
    try:
        rlock.release()  # RLock 只能由持有它的线程释放
    except RuntimeError as e:
        errors.append(f"RuntimeError: {e}")


t = threading.Thread(target=release_from_other_thread)
t.start()
t.join()

print("Lock 被别的线程释放后:", lock.locked())
print(errors[0])
rlock.release()  # 持有者自己释放，正常
