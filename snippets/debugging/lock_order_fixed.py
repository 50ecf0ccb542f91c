import threading
import time

a, b = threading.Lock(), threading.Lock()
LOCK_ORDER = {a: 1, b: 2}  # 全局约定：任何线程都先拿 A，再拿 B


def transfer(first, second, done):
    # 不管调用方按什么顺序传进来，都按约定的顺序获取
    first, second = sorted((first, second), key=LOCK_ORDER.get)
    with first:
        time.sleep(0.1)
        with second:
            done.append(threading.current_thread().name)


def main():
    done = []
    workers = [
        threading.Thread(target=transfer, args=(a, b, done), name="worker-1"),
        threading.Thread(target=transfer, args=(b, a, done), name="worker-2"),
    ]
    started = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=2)
    print("仍在运行的线程:", [t.name for t in workers if t.is_alive()])
    print("完成转账的线程:", sorted(done))
    print("1 秒内全部完成:", time.perf_counter() - started < 1)


main()
