import asyncio


async def slow_operation():
    try:
        await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print("slow_operation: cancelled by wait_for")
        raise


async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.05, result="quick"), timeout=0.2))
    task = asyncio.create_task(slow_operation())
    try:
        await asyncio.wait_for(task, timeout=0.1)
    # 3.11 起 asyncio.TimeoutError 就是内置 TimeoutError；
    # 3.10 中两者是不同的类，捕获 asyncio.TimeoutError 在各版本都有效
    except asyncio.TimeoutError:
        print("timed out")
    # 超时后 wait_for 会取消被等待的任务，并等它真正结束后才抛出超时
    print("task cancelled?", task.cancelled())


asyncio.run(main())
