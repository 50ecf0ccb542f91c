import asyncio


async def worker():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # cancelling()：这个任务收到、尚未撤销的取消请求数
        print("cancelling():", task.cancelling())
        # 确实要忽略这次取消时，用 uncancel() 撤销计数，
        # 否则外层的 asyncio.timeout / TaskGroup 会误以为取消仍在进行
        print("uncancel():", task.uncancel())
    await asyncio.sleep(0.05)
    return "resumed after uncancel"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    task.cancel()
    print(await task)
    print("cancelled?", task.cancelled(), "cancelling():", task.cancelling())


asyncio.run(main())
