import asyncio


async def fetch():
    await asyncio.sleep(0.1)


async def worker():
    await fetch()


async def main():
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(worker(), name="worker")
        await asyncio.sleep(0.05)  # 让 worker 停在 sleep() 上
        # 3.14 新增：把 worker 的异步调用图连同文件名、行号打印出来
        asyncio.print_call_graph(task)


asyncio.run(main())
