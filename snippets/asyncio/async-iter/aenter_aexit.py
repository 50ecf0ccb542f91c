import asyncio


class Resource:
    """进入、退出时各打印一行的异步上下文管理器。"""

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)  # 这里可以 await，例如建立连接
        print(f"[{self.name}] __aenter__")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)  # 清理时同样可以 await，例如关闭连接
        name = exc_type.__name__ if exc_type else None
        print(f"[{self.name}] __aexit__ 收到 {name}")
        return self.suppress  # 返回真值：异常到此为止


async def main():
    # 1. 正常结束：__aexit__ 收到三个 None
    async with Resource("ok") as r:
        print(f"[{r.name}] 块内")

    # 2. 块内抛出异常：__aexit__ 返回 False，异常继续向外传播
    try:
        async with Resource("error"):
            raise KeyError("x")
    except KeyError:
        print("[error] 外层捕获到 KeyError")

    # 3. __aexit__ 返回 True：异常被吞掉
    async with Resource("suppress", suppress=True):
        raise KeyError("y")
    print("[suppress] 异常没有传出来，继续执行")

    # 4. 块内被取消：__aexit__ 收到 CancelledError，清理完后取消继续传播
    entered = asyncio.Event()

    async def worker():
        async with Resource("cancel"):
            entered.set()
            await asyncio.Event().wait()  # 一直等，直到被取消

    task = asyncio.create_task(worker())
    await entered.wait()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("[cancel] 任务已取消:", task.cancelled())

    # 5. 吞掉 CancelledError 的 __aexit__ 让取消失效：任务照常运行到结束
    entered.clear()

    async def stubborn():
        async with Resource("swallow", suppress=True):
            entered.set()
            await asyncio.Event().wait()
        return "照常返回"

    task = asyncio.create_task(stubborn())
    await entered.wait()
    task.cancel()
    print("[swallow]", await task, "| cancelled():", task.cancelled())


asyncio.run(main())
