import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done")
    return f"{name}-data"


async def main():
    start = time.perf_counter()
    # async with 块结束时，会等待组内所有任务完成
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.2))
        t2 = tg.create_task(fetch("b", 0.1))
        print("tasks created")
    # 走到这里，两个任务一定都已完成
    print(t1.result(), t2.result())
    print(f"elapsed: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
