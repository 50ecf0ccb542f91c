import asyncio
from contextvars import ContextVar

request_id = ContextVar("request_id", default="-")


def log(message):
    # 深层的辅助函数不需要额外参数，就能知道自己在处理哪个请求
    print(f"[{request_id.get()}] {message}")


async def handle(rid, delay):
    request_id.set(rid)  # 只改本任务的上下文副本
    await asyncio.sleep(delay)  # 挂起期间别的任务也在 set()
    log("handled")


async def child():
    await asyncio.sleep(0.01)
    log("child task")


async def set_without_task(value):
    request_id.set(value)


async def main():
    request_id.set("main")
    await asyncio.gather(handle("req-1", 0.05), handle("req-2", 0.01))
    log("after gather")  # 子任务的 set() 没有影响 main

    t = asyncio.create_task(child())  # 创建任务时复制上下文：子任务看到 "main"
    request_id.set("main-changed")  # 之后的修改不会传给已创建的任务
    await t

    await set_without_task("oops")  # 直接 await 协程不会创建新上下文
    log("after awaiting a plain coroutine")


asyncio.run(main())
