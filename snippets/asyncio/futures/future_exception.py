import asyncio


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()
    loop.call_soon(fut.set_exception, ValueError("出错了"))
    try:
        await fut  # 设置了异常的 Future：await 时抛出该异常
    except ValueError as exc:
        print("await 抛出:", repr(exc))
    print("exception() 返回:", repr(fut.exception()))

    fut = loop.create_future()
    loop.call_later(0.05, fut.cancel)
    try:
        await fut
    except asyncio.CancelledError:
        print("Future 被取消，await 抛出 CancelledError")
    print("cancelled():", fut.cancelled(), "| done():", fut.done())


asyncio.run(main())
