import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    # 3.11 起 asyncio.wait 只接受 Task/Future，协程要先用 create_task 包装
    tasks = {
        asyncio.create_task(job("a", 0.3), name="a"),
        asyncio.create_task(job("b", 0.1), name="b"),
        asyncio.create_task(job("c", 0.2), name="c"),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))

    # wait 不会取消未完成的任务，不再需要时要自己取消并等待它们结束
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
