import threading
import time


def numbers():
    for i in range(6):
        time.sleep(0.05)  # 生成每个值都要等一会儿（模拟 I/O）
        yield i


# 3.15 新增的两个包装：包一个现成的迭代器，或者包一个返回迭代器的函数
# （后者也可以写成装饰器：@threading.synchronized_iterator）
safe_numbers = threading.synchronized_iterator(numbers)
shared_iterators = {
    "serialize_iterator(numbers())": threading.serialize_iterator(numbers()),
    "synchronized_iterator(numbers)()": safe_numbers(),
}


def consume(iterator, got):
    for value in iterator:  # 不会再抛 ValueError: generator already executing
        got.append(value)


for label, shared in shared_iterators.items():
    got = []
    threads = [threading.Thread(target=consume, args=(shared, got)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{label}: 每个值恰好一次:", sorted(got) == [*range(6)])
