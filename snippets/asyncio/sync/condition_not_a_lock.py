import asyncio


async def main():
    cond = asyncio.Condition()
    # 没有持有锁就 notify / wait：Condition 不是“互斥量”，而是“锁 + 等待/通知”
    try:
        cond.notify()
    except RuntimeError as exc:
        print("notify without lock:", exc)
    try:
        await cond.wait()
    except RuntimeError as exc:
        print("wait without lock:", exc)

    # 可以让 Condition 共用一把已有的 Lock
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print("cond.locked():", cond.locked())


asyncio.run(main())
