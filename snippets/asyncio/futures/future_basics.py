import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()  # 推荐的创建方式，而不是直接 asyncio.Future()
    print("刚创建:", fut, "| done():", fut.done())

    try:
        fut.result()  # 还没有结果：不会等待，而是立即报错
    except asyncio.InvalidStateError as exc:
        print("过早调用 result():", type(exc).__name__, "-", exc)

    fut.set_result(42)
    print("set_result 之后:", fut, "| result():", fut.result())

    try:
        fut.set_result(43)  # Future 的结果只能设置一次
    except asyncio.InvalidStateError as exc:
        print("再次 set_result():", type(exc).__name__, "-", exc)


asyncio.run(main())
