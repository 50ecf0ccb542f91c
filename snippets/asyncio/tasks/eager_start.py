import asyncio


async def job(name):
    print(f"  {name}: started")  # 第一次挂起之前的代码
    await asyncio.sleep(0)  # 第一次挂起
    print(f"  {name}: resumed")


async def lookup():
    return "cached"  # 没有 await：根本不挂起


async def main():
    for eager in (False, True):
        print(f"create_task(..., eager_start={eager})")
        # 3.14 新增：eager_start=True 时，任务在 create_task() 内部立即同步执行到第一次挂起
        task = asyncio.create_task(job("job"), eager_start=eager)
        print("  create_task() returned")
        await task

    # 从不挂起的协程：create_task() 返回时任务已经完成，结果也已就绪
    task = asyncio.create_task(lookup(), eager_start=True)
    print("lookup task: done =", task.done(), "result =", task.result())


asyncio.run(main())
