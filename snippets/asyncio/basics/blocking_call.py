import asyncio
import time


async def bad_sleep():
    # 故意的错误示范：time.sleep 阻塞整个线程，事件循环在这 0.1 秒里什么也做不了
    time.sleep(0.1)  # noqa: ASYNC251


async def good_sleep():
    await asyncio.sleep(0.1)  # 挂起当前协程，事件循环继续运行其他任务


async def main():
    for func in (bad_sleep, good_sleep):
        start = time.perf_counter()
        await asyncio.gather(func(), func(), func())
        print(
            f"3 个 {func.__name__} 并发运行，耗时 {time.perf_counter() - start:.1f} 秒"
        )


asyncio.run(main())
