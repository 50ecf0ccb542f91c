import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    # 完成顺序是 c、b、a，但结果列表按传入参数的顺序排列
    results = await asyncio.gather(job("a", 0.3), job("b", 0.2), job("c", 0.1))
    print(results)
    # asyncio.sleep 的第二个参数 result 会作为返回值
    print(await asyncio.gather(asyncio.sleep(0.1, result="x"), asyncio.sleep(0)))


asyncio.run(main())
