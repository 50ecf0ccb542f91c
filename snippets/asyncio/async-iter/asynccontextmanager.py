import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    await asyncio.sleep(0)  # yield 之前相当于 __aenter__
    print(f"{name}: 打开")
    try:
        yield f"<conn {name}>"  # 这个值就是 as 后面的变量
    finally:
        await asyncio.sleep(0)  # finally 相当于 __aexit__，无论怎样结束都会执行
        print(f"{name}: 关闭")


@contextlib.asynccontextmanager
async def no_finally(name):
    print(f"{name}: 打开")
    yield name
    print(f"{name}: 关闭")  # 没有 try/finally：块内出错时这一行不会执行


async def main():
    async with connection("a") as conn:
        print("使用", conn)

    try:
        async with connection("b"):
            raise ValueError("坏数据")  # 异常在 yield 处抛进生成器
    except ValueError as e:
        print("main 捕获:", e)

    try:
        async with no_finally("c"):
            raise ValueError("坏数据")
    except ValueError as e:
        print("main 捕获:", e)


asyncio.run(main())
