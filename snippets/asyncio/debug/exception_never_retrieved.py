import asyncio


async def fail():
    raise ValueError("boom")


def handler(loop, context):
    # 事件循环遇到“没人处理的错误”时调用它；默认实现是写 logging.error
    print("handler:", context["message"])
    print("exception:", repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.01)  # 任务已经失败，但没有人 await 它或调用 result()
    print("task done:", task.done())
    del task  # 最后一个引用消失、任务被回收时才报告


asyncio.run(main())
