"""asyncio.run() 收到 SIGINT：取消主任务 → finally 依次运行 → 最后抛出 KeyboardInterrupt。"""

import asyncio
import os
import signal


async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: 收到 CancelledError")
        raise  # 清理完要重新抛出
    finally:
        print(f"{name}: finally")


async def main():
    handler = signal.getsignal(signal.SIGINT)
    print("运行期间 SIGINT 由 Runner 处理:", handler is not signal.default_int_handler)
    loop = asyncio.get_running_loop()
    # 0.1 秒后给自己发 SIGINT，相当于在终端里按 Ctrl-C
    loop.call_later(0.1, os.kill, os.getpid(), signal.SIGINT)
    background = asyncio.create_task(worker("后台任务"))  # 没有人等它
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("子任务"))
    finally:
        print("main: finally，后台任务已结束:", background.done())


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("顶层: asyncio.run() 抛出 KeyboardInterrupt")
restored = signal.getsignal(signal.SIGINT) is signal.default_int_handler
print("SIGINT 处理函数已恢复:", restored)
