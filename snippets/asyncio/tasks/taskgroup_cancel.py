import asyncio
import time

MIRRORS = {"mirror-a": 0.3, "mirror-b": 0.1, "mirror-c": 0.2}  # 名字: 响应时间


async def fetch(tg, mirror, delay, found):
    await asyncio.sleep(delay)
    print(f"{mirror}: done")
    found.append(mirror)
    tg.cancel()  # 3.15 新增：取消组内其余任务和块体，async with 正常退出


async def main():
    start = time.monotonic()
    tasks = {}
    found = []
    async with asyncio.TaskGroup() as tg:
        for mirror, delay in MIRRORS.items():
            tasks[mirror] = tg.create_task(fetch(tg, mirror, delay, found))
        await asyncio.sleep(1)  # 块体同样会被取消
        print("body: not reached")
    # 没有异常，也没有 CancelledError：直接走到这里
    print("after async with: found =", found)
    for mirror, task in tasks.items():
        print(f"{mirror} cancelled = {task.cancelled()}")
    print("body sleep(1) cut short:", time.monotonic() - start < 0.9)
    print("main task cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
