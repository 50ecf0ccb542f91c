import asyncio


async def main():
    queue = asyncio.Queue(maxsize=2)
    queue.put_nowait("a")
    queue.put_nowait("b")
    print("qsize:", queue.qsize(), "full:", queue.full())
    try:
        queue.put_nowait("c")  # 满了：不等待，直接抛 QueueFull
    except asyncio.QueueFull:
        print("QueueFull")

    print(queue.get_nowait(), queue.get_nowait(), "empty:", queue.empty())
    try:
        queue.get_nowait()  # 空了：直接抛 QueueEmpty
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    # 想“最多等一会儿”，就给 await queue.get() 套上超时
    try:
        await asyncio.wait_for(queue.get(), timeout=0.1)
    except TimeoutError:
        print("get() timed out")


asyncio.run(main())
