import threading
import time


def numbers():
    for i in range(6):
        time.sleep(0.05)  # 生成每个值都要等一会儿（模拟 I/O）
        yield i


def consume(iterator, got, errors):
    try:
        for value in iterator:
            got.append(value)
    except ValueError as exc:  # 另一个线程正在这个生成器里面
        errors.append(f"{type(exc).__name__}: {exc}")


def share(iterator):
    got, errors = [], []
    threads = [
        threading.Thread(target=consume, args=(iterator, got, errors)) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return got, errors


class Serialized:
    """给迭代器加一把锁：任何时刻只有一个线程在调用 next()。"""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._lock = threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            return next(self._it)


got, errors = share(numbers())
print("两个线程直接共享一个生成器:", sorted(set(errors)))

got, errors = share(Serialized(numbers()))
print("加锁包装之后，出错次数:", len(errors))
print("每个值恰好被取到一次:", sorted(got) == [*range(6)])
