import asyncio


async def main():
    # asyncio.timeout(delay)：整个 async with 块共享一个截止时间
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(0.05)
            print("step 1 ok")
            await asyncio.sleep(0.1)  # 累计超过 0.1 秒，在这里被取消
            print("step 2 ok")
    except TimeoutError:  # asyncio.TimeoutError 只是它的别名
        print("block timed out")

    # timeout_at(when)：用事件循环时钟的绝对时间；reschedule() 可以推迟截止时间
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 0.1) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.2)
    print("expired?", cm.expired())

    # timeout(None) 表示不限时，可以稍后再用 reschedule() 设定截止时间
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.05)
        print("deadline:", cm.when())


asyncio.run(main())
