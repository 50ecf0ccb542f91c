"""取消作用域：move_on_after、fail_after、手动 cancel() 与 deadline。"""

import math

import anyio


async def move_on() -> None:
    # 到期后静默退出 with 块，程序继续往下走
    with anyio.move_on_after(0.1) as scope:
        await anyio.sleep(1)
        print("这一行不会执行")
    print("move_on_after: cancelled_caught =", scope.cancelled_caught)


async def fail() -> None:
    # 到期后在 with 块之外抛出 TimeoutError
    try:
        with anyio.fail_after(0.1):
            await anyio.sleep(1)
    except TimeoutError:
        print("fail_after: 抛出 TimeoutError")


async def cancel_by_hand() -> None:
    scope = anyio.CancelScope()
    print("默认 deadline 是无穷大:", scope.deadline == math.inf)

    async def watchdog() -> None:
        await anyio.sleep(0.1)
        scope.cancel()  # 可以在同一事件循环的任何任务里调用

    async with anyio.create_task_group() as tg:
        tg.start_soon(watchdog)
        with scope:
            await anyio.sleep(1)
    print("手动 cancel(): cancel_called =", scope.cancel_called)
    print("手动 cancel(): cancelled_caught =", scope.cancelled_caught)


async def set_deadline() -> None:
    with anyio.CancelScope() as scope:
        # deadline 是 anyio.current_time() 时钟上的绝对时间，可以随时改
        scope.deadline = anyio.current_time() + 0.1
        await anyio.sleep(1)
    print("改 deadline: cancelled_caught =", scope.cancelled_caught)


async def finished_in_time() -> None:
    with anyio.move_on_after(1) as scope:
        await anyio.sleep(0.01)
    print("按时完成: cancelled_caught =", scope.cancelled_caught)


async def main() -> None:
    await move_on()
    await fail()
    await cancel_by_hand()
    await set_deadline()
    await finished_in_time()


anyio.run(main)
