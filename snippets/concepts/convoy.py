"""协作式调度里的护航效应：一个不让出的协程，让其他协程全都排在它后面。"""

import asyncio
import time


async def ticker(delays):
    # 每 10 毫秒醒来一次，记下比预定时刻晚了多久
    loop = asyncio.get_running_loop()
    for _ in range(20):
        planned = loop.time() + 0.01
        await asyncio.sleep(0.01)
        delays.append(loop.time() - planned)


async def polite():
    await asyncio.sleep(0.2)  # 等待期间把事件循环让给别的协程


async def rude():
    time.sleep(0.2)  # noqa: ASYNC251 -- 阻塞整个线程，事件循环停住 0.2 秒


async def main():
    for other in (polite, rude):
        delays = []
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ticker(delays))
            tg.create_task(other())
        worst = max(delays)
        print(
            f"与 {other.__name__}() 一起运行: ticker 最多晚了 {worst * 1000:.0f} 毫秒,"
            f" 被堵住了: {worst > 0.15}"
        )


asyncio.run(main())
