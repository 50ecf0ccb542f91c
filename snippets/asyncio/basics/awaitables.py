import asyncio
import inspect


async def compute(label):
    await asyncio.sleep(0.1)
    return f"{label}：完成"


async def main():
    loop = asyncio.get_running_loop()

    # 1. 协程对象：await 它就是在当前任务里直接运行它
    print(await compute("协程"))

    # 2. Task：把协程包装成任务，交给事件循环并发调度
    task = asyncio.create_task(compute("Task"))
    print(await task)

    # 3. Future：底层对象，代表“将来某个时刻才会有的结果”
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, "Future：完成")
    print(await future)

    coro = compute("检查")
    print("三者都是 awaitable:", all(map(inspect.isawaitable, [coro, task, future])))
    await coro  # 创建了就要 await，否则会有 never awaited 警告


asyncio.run(main())
