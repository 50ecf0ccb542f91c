import asyncio
import time


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    start = time.perf_counter()
    aws = [job("a", 0.3), job("b", 0.1), job("c", 0.2)]
    # 每次迭代得到一个可等待对象，await 它得到“下一个完成的”结果
    for next_done in asyncio.as_completed(aws, timeout=1):
        name = await next_done
        print(f"{name} at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
