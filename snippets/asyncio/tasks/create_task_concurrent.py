import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def sequential():
    # 依次 await 两个协程：第二个要等第一个结束才开始
    await say_after(0.1, "hello")
    await say_after(0.2, "world")


async def concurrent():
    # create_task 立即把协程交给事件循环调度，两个任务同时等待
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    await task1
    await task2


async def main():
    for func in (sequential, concurrent):
        start = time.perf_counter()
        await func()
        print(f"{func.__name__}: {time.perf_counter() - start:.1f} 秒")


asyncio.run(main())
