import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("a", 0.1), name="a"),
        asyncio.create_task(job("b", 0.2, fail=True), name="b"),
        asyncio.create_task(job("c", 0.3), name="c"),
    ]
    # FIRST_EXCEPTION：任一任务抛异常就返回；都没出错则等于 ALL_COMPLETED
    done, pending = await asyncio.wait(
        tasks, timeout=1, return_when=asyncio.FIRST_EXCEPTION
    )
    for task in tasks:
        if task in done:
            print(task.get_name(), "done, exception:", repr(task.exception()))
        else:
            print(task.get_name(), "pending")
    # wait 本身不抛异常；也不取消 pending，这里等它们自然结束
    done, pending = await asyncio.wait(pending)
    print("all done:", len(done), "pending:", len(pending))


asyncio.run(main())
