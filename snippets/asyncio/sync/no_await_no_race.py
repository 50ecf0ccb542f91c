import asyncio

counter = 0


async def increment(times):
    global counter
    for _ in range(times):
        # 两次 await 之间的代码不会被其他协程打断：这里不需要锁
        counter += 1
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(increment(10_000) for _ in range(10)))
    print("counter:", counter)


asyncio.run(main())
