import asyncio
import concurrent.futures
import time


def blocking(x):
    time.sleep(0.1)
    return x * 2


async def main(pool):
    loop = asyncio.get_running_loop()

    cf = pool.submit(blocking, 21)  # concurrent.futures.Future：线程安全，但不能 await
    try:
        await cf
    except TypeError as exc:
        print("直接 await 它:", exc)

    cf = pool.submit(blocking, 21)
    af = asyncio.wrap_future(cf)  # 包装成绑定到当前事件循环的 asyncio.Future
    print("wrap_future 得到 asyncio.Future:", isinstance(af, asyncio.Future))
    print("await 结果:", await af)

    # run_in_executor 内部就是 submit + wrap_future，返回的是 asyncio.Future
    rf = loop.run_in_executor(pool, blocking, 5)
    print("run_in_executor 返回 asyncio.Future:", isinstance(rf, asyncio.Future))
    print("是 concurrent.futures.Future 吗:", isinstance(rf, concurrent.futures.Future))
    print("await 结果:", await rf)


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    asyncio.run(main(pool))
