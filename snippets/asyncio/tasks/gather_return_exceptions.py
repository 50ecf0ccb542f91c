import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    if name == "b":
        raise ValueError(f"{name} failed")
    return name


async def main():
    # return_exceptions=True：异常对象和普通结果一样放进结果列表，等所有任务结束才返回
    results = await asyncio.gather(
        job("a", 0.1), job("b", 0.2), job("c", 0.3), return_exceptions=True
    )
    print(results)
    for item in results:
        if isinstance(item, Exception):
            print("error:", item)


asyncio.run(main())
