import asyncio
import time

JOBS = [("j1", 0.2), ("j2", 0.05), ("j3", 0.3), ("j4", 0.1), ("j5", 0.1), ("j6", 0.15)]


async def worker(name, queue):
    # 工作协程本身是无限循环：由 main 在所有工作完成后取消
    while True:
        job, seconds = await queue.get()
        try:
            await asyncio.sleep(seconds)  # 模拟处理
            print(f"{name} finished {job} ({seconds}s)")
        finally:
            queue.task_done()  # 无论成败都要调用，否则 join() 永远等不到


async def main():
    queue = asyncio.Queue()
    for item in JOBS:
        queue.put_nowait(item)

    start = time.perf_counter()
    workers = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(3)]
    await queue.join()  # 等到每个放入的条目都被 task_done()
    elapsed = time.perf_counter() - start

    # 队列清空了，但工作协程还卡在 queue.get() 上：取消并等它们退出
    for task in workers:
        task.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(r).__name__ for r in results])
    work = sum(seconds for _, seconds in JOBS)
    print(f"3 workers: {elapsed:.2f}s wall time for {work:.2f}s of work")


asyncio.run(main())
