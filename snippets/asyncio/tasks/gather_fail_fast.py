import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("fail at 0.1s")


async def main():
    slow = asyncio.create_task(job("slow", 0.2))
    try:
        # 默认 return_exceptions=False：第一个异常立即抛给 await gather 的地方
        await asyncio.gather(fail(0.1), slow)
    except ValueError as exc:
        print("gather raised:", exc)
    # 其余任务并没有被取消，仍在后台运行
    print("slow done?", slow.done(), "cancelled?", slow.cancelled())
    print("slow result:", await slow)


asyncio.run(main())
