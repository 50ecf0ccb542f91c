import asyncio
import concurrent.futures
import time


async def heartbeat(ticks):
    while True:
        await asyncio.sleep(0.01)
        ticks.append(time.perf_counter())


async def measure(label, body):
    # 在 body 运行期间数一数心跳：心跳停了说明事件循环被阻塞
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)
    await body()
    beat.cancel()
    print(f"{label}: loop blocked = {len(ticks) < 3}")


async def with_block_inside_coroutine():
    loop = asyncio.get_running_loop()
    # 有问题的写法：任务提交后立刻离开 with 块
    with concurrent.futures.ThreadPoolExecutor() as pool:
        fut = loop.run_in_executor(pool, time.sleep, 0.2)
    # __exit__ 调用 pool.shutdown(wait=True)，同步地等 0.2 秒，整个循环停住
    await fut


async def shutdown_in_default_executor():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor()
    fut = loop.run_in_executor(pool, time.sleep, 0.2)
    # 把阻塞的 shutdown() 交给另一个线程去等，事件循环照常运转
    await loop.run_in_executor(None, pool.shutdown)
    await fut


async def main():
    await measure("with-block in coroutine", with_block_inside_coroutine)
    await measure("await shutdown in thread", shutdown_in_default_executor)


asyncio.run(main())
