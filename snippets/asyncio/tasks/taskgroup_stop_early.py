import asyncio
import time

MIRRORS = {"mirror-a": 0.3, "mirror-b": 0.1, "mirror-c": 0.2}  # 名字: 响应时间


class _Found(Exception):
    """私有异常：只用来带着结果跳出任务组。"""

    def __init__(self, mirror):
        super().__init__(mirror)
        self.mirror = mirror


async def fetch(mirror, delay):
    await asyncio.sleep(delay)
    print(f"{mirror}: done")
    raise _Found(mirror)  # 找到一个就够了：用异常让任务组取消其余任务


async def main():
    start = time.monotonic()
    tasks = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for mirror, delay in MIRRORS.items():
                tasks[mirror] = tg.create_task(fetch(mirror, delay))
            await asyncio.sleep(1)  # 块体同样会被取消
            print("body: not reached")
    except* _Found as eg:  # 只接住自己的异常，其他异常照常向外传播
        found = [exc.mirror for exc in eg.exceptions]
    print("after async with: found =", found)
    for mirror, task in tasks.items():
        print(f"{mirror} cancelled = {task.cancelled()}")
    print("body sleep(1) cut short:", time.monotonic() - start < 0.9)


asyncio.run(main())
