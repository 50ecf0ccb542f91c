import asyncio
import logging
import sys
import time

# asyncio 通过名为 "asyncio" 的 logger 报告问题；这里把它输出到 stdout，方便对照
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")


async def handler():
    time.sleep(0.2)  # noqa: ASYNC251  错误示范：阻塞整个事件循环 0.2 秒
    await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug())
    print("slow_callback_duration:", loop.slow_callback_duration)
    await asyncio.create_task(handler(), name="handler")


asyncio.run(main(), debug=True)
