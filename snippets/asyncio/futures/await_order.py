import asyncio
import time

START = time.perf_counter()


def elapsed():
    return f"{time.perf_counter() - START:.1f} 秒"


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)
    print(f"{value} 的结果已设置（{elapsed()}）")


async def main():
    loop = asyncio.get_running_loop()
    fut_a = loop.create_future()
    fut_b = loop.create_future()
    tasks = [
        asyncio.create_task(set_after(fut_a, 0.2, "A")),
        asyncio.create_task(set_after(fut_b, 0.1, "B")),
    ]
    # B 先完成，但这里先等 A：await 的顺序由代码决定，而不是完成的先后
    print(f"拿到 {await fut_a}（{elapsed()}）")
    print(f"拿到 {await fut_b}（{elapsed()}）")  # B 早已完成，立即返回
    await asyncio.gather(*tasks)


asyncio.run(main())
