import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = {
        asyncio.create_task(job(0.3)): "a",
        asyncio.create_task(job(0.1)): "b",
        asyncio.create_task(job(0.2)): "c",
    }
    # 3.13：async for 直接产出传入的 Task 本身，可以据此查出是哪一个完成了
    async for task in asyncio.as_completed(tasks):
        print(tasks[task], "->", task.result())


asyncio.run(main())
