import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # 错误示范：吞掉 CancelledError，任务会像没被取消一样继续执行
        print("stubborn: ignoring cancellation")
    await asyncio.sleep(0.1)
    return "still finished"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print("result:", await task)
    print("cancelled?", task.cancelled())


asyncio.run(main())
