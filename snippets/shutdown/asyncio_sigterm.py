"""add_signal_handler：SIGTERM → 停止接收 → 限时等进行中的请求 → 取消剩下的 → 关闭资源。"""

import asyncio
import os
import signal

GRACE = 1.0  # 宽限期（秒）


async def handle(n):
    try:
        # 请求 0 很慢，其余 0.2 秒就处理完
        await asyncio.sleep(30 if n == 0 else 0.2)
        return n
    except asyncio.CancelledError:
        print(f"请求 {n}: 被取消，回滚")
        raise


async def main():
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # 在事件循环里调用 stop.set()
    in_flight = set()

    # 1. 接收请求，直到收到 SIGTERM
    n = 0
    while not stop.is_set():
        in_flight.add(asyncio.create_task(handle(n)))
        n += 1
        if n == 4:
            os.kill(os.getpid(), signal.SIGTERM)  # 相当于 kill -TERM <pid>
        await asyncio.sleep(0.1)  # 下一个请求到来
    loop.remove_signal_handler(signal.SIGTERM)
    print(f"收到 SIGTERM，停止接收；共接收 {len(in_flight)} 个请求")

    # 2. 给进行中的请求一段宽限期
    finished, pending = await asyncio.wait(in_flight, timeout=GRACE)
    print("宽限期内完成:", sorted(t.result() for t in finished))
    print("宽限期到了还没完成:", len(pending), "个")

    # 3. 取消剩下的，并等它们处理完取消
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    # 4. 最后关闭资源（连接池、文件、日志……）
    print("关闭资源，退出")


asyncio.run(main())
