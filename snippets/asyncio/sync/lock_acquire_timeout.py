import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.3)


async def main():
    lock = asyncio.Lock()
    task = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)  # 让 holder 先拿到锁
    print("locked:", lock.locked())

    # asyncio.Lock.acquire() 没有 timeout 参数：用 wait_for 包一层
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.1)
    except TimeoutError:
        print("could not get the lock within 0.1s")

    # 等价的显式写法：acquire 成功后用 try/finally 保证 release
    await lock.acquire()
    try:
        print("got the lock after holder released it")
    finally:
        lock.release()
    await task
    print("locked:", lock.locked())


asyncio.run(main())
