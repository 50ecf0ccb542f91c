"""anyio 代码直接跑在 asyncio.run() 里，和原生 asyncio 任务混在一起。"""

import asyncio

import anyio


async def heartbeat(beats: list[int]) -> None:
    # 原生 asyncio 写法的后台任务
    while len(beats) < 5:
        await asyncio.sleep(0.02)
        beats.append(len(beats))


async def anyio_worker(name: str, done: list[str]) -> None:
    await anyio.sleep(0.05)
    done.append(name)


async def main() -> None:
    beats: list[int] = []
    heartbeat_task = asyncio.create_task(heartbeat(beats))

    done: list[str] = []
    async with anyio.create_task_group() as tg:
        for name in ("a", "b"):
            tg.start_soon(anyio_worker, name, done)
    print("anyio 任务组在 asyncio.run() 里跑完:", sorted(done))

    # anyio 的取消作用域也能取消原生的 asyncio.sleep
    with anyio.move_on_after(0.05) as scope:
        await asyncio.sleep(1)
    print("move_on_after 取消了 asyncio.sleep:", scope.cancelled_caught)

    # 反过来，asyncio.timeout 也能取消 anyio.sleep
    try:
        async with asyncio.timeout(0.05):
            await anyio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout 取消了 anyio.sleep: True")

    # 注意：在作用域里用 asyncio.create_task 建的任务不归这个作用域管
    with anyio.move_on_after(0.05):
        outsider = asyncio.create_task(asyncio.sleep(0.1, result="照常完成"))
        await anyio.sleep(1)
    print("作用域里建的原生任务:", await outsider)

    await heartbeat_task
    print("同时在跑的 asyncio 心跳任务跳了", len(beats), "次")


asyncio.run(main())
