import asyncio
import time


async def task(i, delay):
    print(f"任务 {i} 开始，等待 {delay:.2f} 秒")
    await asyncio.sleep(delay)  # 挂起本协程，事件循环去运行别的任务
    print(f"任务 {i} 结束")
    return i * 10


async def main():
    start = time.perf_counter()
    # gather 把每个协程包装成 Task 并发运行，结果按参数顺序排列
    results = await asyncio.gather(*(task(i, (5 - i) * 0.05) for i in range(5)))
    print("gather 的结果:", results)
    print(f"总耗时约 {time.perf_counter() - start:.2f} 秒（最长的那个任务）")


asyncio.run(main())
