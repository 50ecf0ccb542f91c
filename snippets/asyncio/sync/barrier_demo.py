import asyncio


async def player(name, delay, barrier):
    await asyncio.sleep(delay)  # 各自准备，耗时不同
    print(f"{name} ready, waiting ({barrier.n_waiting} already waiting)")
    index = await barrier.wait()  # 凑齐 parties 个协程后一起放行
    if index == 0:  # wait() 返回 0..parties-1，可用来挑出一个“代表”
        print("all ready, go!")
    return name


async def main():
    barrier = asyncio.Barrier(3)
    names = await asyncio.gather(
        player("p1", 0.1, barrier),
        player("p2", 0.3, barrier),
        player("p3", 0.2, barrier),
    )
    print(names, "broken:", barrier.broken)


asyncio.run(main())
