import asyncio
import inspect


async def fetch():
    return 42


def plain():
    return 42


async def main():
    coro = fetch()  # 调用协程函数只得到协程对象，函数体还没执行
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(plain))
    print(asyncio.iscoroutine(coro), inspect.isawaitable(coro))
    task = asyncio.create_task(coro)
    # Task 不是协程，但可以 await
    print(asyncio.iscoroutine(task), inspect.isawaitable(task), asyncio.isfuture(task))
    print(await task)


asyncio.run(main())
