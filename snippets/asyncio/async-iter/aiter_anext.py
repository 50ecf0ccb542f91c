import asyncio


class Countdown:
    """异步迭代器：__aiter__ 是普通方法，__anext__ 是协程。"""

    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration  # 迭代结束
        await asyncio.sleep(0)  # 取下一个值时可以 await，例如读网络
        self.n -= 1
        return self.n + 1


async def main():
    async for n in Countdown(3):
        print("async for 取到", n)

    # 手动驱动同一套协议：aiter() 与 anext()（3.10 起的内置函数）
    it = aiter(Countdown(2))
    print("anext:", await anext(it))
    print("anext:", await anext(it))
    print("anext 带默认值:", await anext(it, "耗尽"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("不带默认值：StopAsyncIteration")


asyncio.run(main())
