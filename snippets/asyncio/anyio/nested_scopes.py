"""嵌套的取消作用域：谁的截止时间先到，就由谁接住取消。"""

import anyio


async def inner_is_longer() -> None:
    # 外层 0.1 秒，内层 1 秒：内层放宽不了外层的期限
    with anyio.move_on_after(0.1) as outer:
        with anyio.move_on_after(1) as inner:
            print("内层自己的 deadline 更晚:", inner.deadline > outer.deadline)
            effective = anyio.current_effective_deadline()
            print("实际生效的是外层的期限:", effective == outer.deadline)
            await anyio.sleep(2)
        print("这一行不会执行：取消一直传到外层")
    print("内层更长: inner.cancelled_caught =", inner.cancelled_caught)
    print("内层更长: outer.cancelled_caught =", outer.cancelled_caught)


async def inner_is_shorter() -> None:
    # 外层 1 秒，内层 0.1 秒：内层先到期，只取消内层，外层照常继续
    with anyio.move_on_after(1) as outer:
        with anyio.move_on_after(0.1) as inner:
            await anyio.sleep(2)
        print("内层到期后，外层里的代码继续执行")
    print("内层更短: inner.cancelled_caught =", inner.cancelled_caught)
    print("内层更短: outer.cancelled_caught =", outer.cancelled_caught)


async def main() -> None:
    await inner_is_longer()
    await inner_is_shorter()


anyio.run(main)
