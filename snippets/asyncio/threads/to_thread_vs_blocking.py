import asyncio
import time


def blocking_io(n):
    time.sleep(0.1)  # 代表一次阻塞的 IO：读文件、同步 HTTP 请求、数据库驱动……
    return n * 10


async def heartbeat(ticks):
    # 事件循环空闲时每 0.01 秒记一次心跳；循环被阻塞时心跳就停了
    while True:
        await asyncio.sleep(0.01)
        ticks.append(time.perf_counter())


async def run(label, make_calls):
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # 让心跳任务先开始运行
    start = time.perf_counter()
    results = await make_calls()
    elapsed = time.perf_counter() - start
    beat.cancel()
    print(f"{label}: {results} in {elapsed:.1f}s, heartbeat alive: {len(ticks) >= 3}")


async def call_directly():
    # 错误示范：在协程里直接调用阻塞函数，三次调用串行，事件循环被卡住
    return [blocking_io(n) for n in range(3)]


async def call_in_threads():
    # asyncio.to_thread()（3.9+）把阻塞函数放到默认线程池里运行
    return await asyncio.gather(*(asyncio.to_thread(blocking_io, n) for n in range(3)))


async def main():
    await run("direct   ", call_directly)
    await run("to_thread", call_in_threads)


asyncio.run(main())
