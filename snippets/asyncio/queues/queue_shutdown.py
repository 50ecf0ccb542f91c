import asyncio


async def worker(name, queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            # 队列已关闭且已取空：正常退出，不需要外部 cancel
            print(f"{name}: queue shut down, exiting")
            return
        await asyncio.sleep(0.05 * item)
        print(f"{name}: processed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    for item in (1, 2, 3):
        await queue.put(item)
    queue.shutdown()  # 默认 immediate=False：已在队列中的条目仍会被取走
    try:
        queue.put_nowait(4)
    except asyncio.QueueShutDown:
        print("put after shutdown -> QueueShutDown")
    await asyncio.gather(*workers)
    print("all workers exited")


asyncio.run(main())
