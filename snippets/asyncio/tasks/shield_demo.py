import asyncio


async def save_to_disk():
    await asyncio.sleep(0.2)
    print("saved")
    return "ok"


async def main():
    task = asyncio.create_task(save_to_disk())
    try:
        # 超时只取消 shield 返回的外层对象，内层任务不受影响
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print("caller gave up waiting")
    print("task cancelled?", task.cancelled())
    print("result:", await task)


asyncio.run(main())
