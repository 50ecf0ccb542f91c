"""主协程吞掉 CancelledError：Ctrl-C 只结束了 main()，asyncio.run() 正常返回。"""

import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, os.kill, os.getpid(), signal.SIGINT)  # 模拟 Ctrl-C
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main: 捕获 CancelledError，没有重新抛出")
    return "main() 的返回值"


try:
    print("asyncio.run() 返回:", asyncio.run(main()))
except KeyboardInterrupt:
    print("KeyboardInterrupt")
