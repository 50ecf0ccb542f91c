import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise  # 清理后必须重新抛出


async def broken():
    await asyncio.sleep(0.1)
    raise ValueError("broken failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.05))
            tg.create_task(worker("slow", 0.3))
            tg.create_task(broken())
    except ExceptionGroup as eg:  # 3.11 起的内置异常
        # 组内异常被打包成 ExceptionGroup；兄弟任务 slow 已被取消
        print(eg)
        print(eg.exceptions)


asyncio.run(main())
