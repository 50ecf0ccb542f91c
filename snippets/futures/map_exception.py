from concurrent.futures import ThreadPoolExecutor


def invert(x):
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(invert, [1, 2, 0, 4])  # 这一行不会抛异常
    try:
        for value in results:  # 异常在取到对应位置的结果时才重新抛出
            print("结果:", value)
    except ZeroDivisionError as exc:
        print("迭代时收到异常:", repr(exc))
        print("后面 4 的结果也拿不到了")
