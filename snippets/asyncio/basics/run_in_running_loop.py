import asyncio


async def inner():
    return "inner 的结果"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)  # 本线程的事件循环正在运行：不允许嵌套
    except RuntimeError as exc:
        print("RuntimeError:", exc)
        coro.close()  # 这个协程从未运行，手动关闭以免 never awaited 警告
    # 在协程里想运行另一个协程，直接 await（或 create_task）即可
    print("直接 await:", await inner())


asyncio.run(main())
