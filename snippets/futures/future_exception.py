from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor() as executor:
    future = executor.submit(parse, "abc")
    # 任务里的异常不会打印，也不会让程序崩溃：它被保存在 future 里
    exc = future.exception()  # 等待任务结束，返回异常对象（成功时返回 None）
    print("exception():", repr(exc))
    try:
        future.result()  # result() 把同一个异常重新抛出
    except ValueError as err:
        print("result() 抛出:", err)
        print("是同一个对象:", err is exc)
