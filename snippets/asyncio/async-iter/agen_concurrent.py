import asyncio


async def ticks():
    for i in range(3):
        await asyncio.sleep(0)  # 在这里挂起时，生成器处于“正在运行”状态
        yield i


async def main():
    gen = ticks()
    # 两个任务同时从同一个异步生成器取值
    results = await asyncio.gather(anext(gen), anext(gen), return_exceptions=True)
    print(results)

    # 要分给多个消费者，让一个任务迭代，再通过队列分发
    queue = asyncio.Queue()

    async def producer():
        async for i in ticks():
            await queue.put(i)
        for _ in range(2):
            await queue.put(None)  # 每个消费者一个哨兵

    async def consumer():
        while (item := await queue.get()) is not None:
            got.append(item)

    got = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer())
        tg.create_task(consumer())
        tg.create_task(consumer())
    print("两个消费者一共收到:", sorted(got))
    await gen.aclose()


asyncio.run(main())
