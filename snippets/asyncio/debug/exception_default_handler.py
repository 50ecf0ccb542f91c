import asyncio


async def fail():
    raise ValueError("boom")


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.01)  # 任务已经失败，但没有人 await 它或调用 result()
    print("task done:", task.done())
    del task  # 任务被回收时，默认的异常处理函数用 logging.error 报告（写到 stderr）
    print("after del")


asyncio.run(main())
