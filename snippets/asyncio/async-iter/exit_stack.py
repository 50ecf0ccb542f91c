import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    await asyncio.sleep(0)
    if name == "bad":
        raise ConnectionError(f"连接 {name} 失败")
    print(f"打开 {name}")
    try:
        yield name
    finally:
        print(f"关闭 {name}")


async def report(msg):
    await asyncio.sleep(0)
    print(msg)


async def main():
    # 数量在运行时才知道的一组资源：退出时按进入的相反顺序清理
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "abc"]
        stack.push_async_callback(report, "回调：最后注册，最先执行")
        print("使用", conns)
    print("---")

    # 中途有一个进入失败：已经进入的会被清理，异常照常传出
    try:
        async with contextlib.AsyncExitStack() as stack:
            for name in ["x", "y", "bad", "z"]:
                await stack.enter_async_context(connection(name))
    except ConnectionError as e:
        print("main 捕获:", e)


asyncio.run(main())
