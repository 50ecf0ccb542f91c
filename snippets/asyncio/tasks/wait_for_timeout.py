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
    except TimeoutError:  # asyncio.TimeoutError 只是内置 TimeoutError 的别名
        print("timed out")
    # 超时后 wait_for 会取消被等待的任务，并等它真正结束后才抛出超时
    print("task cancelled?", task.cancelled())


asyncio.run(main())
