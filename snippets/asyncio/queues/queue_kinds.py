import asyncio


async def drain(queue):
    items = []
    while not queue.empty():
        items.append(await queue.get())
    return items


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        queue = cls()
        for item in (3, 1, 2):
            await queue.put(item)
        print(f"{cls.__name__:13} {await drain(queue)}")


asyncio.run(main())
