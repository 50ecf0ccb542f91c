import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    print(f"  开始 {x}")
    await asyncio.sleep(0)
    print(f"  完成 {x}")
    return x * x


async def main():
    # async for 写进推导式：逐个从异步迭代器取值
    print([x async for x in numbers(5) if x % 2 == 0])
    print({x: x * x async for x in numbers(3)})

    # 推导式里的 await：一个接一个地等，没有并发
    print("推导式里 await:")
    print([await square(x) for x in range(3)])

    # 要并发，先把协程都交给 gather
    print("gather:")
    print(await asyncio.gather(*(square(x) for x in range(3))))

    # 异步生成器表达式：惰性的，本身也是异步生成器
    doubled = (x * 2 async for x in numbers(3))
    print(type(doubled).__name__, [y async for y in doubled])


asyncio.run(main())
