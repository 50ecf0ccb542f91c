"""anyio 任务组里一个任务失败：其余任务被取消，异常以异常组的形式抛出。"""

import anyio
from anyio.abc import TaskStatus


async def slow(name: str, cancelled: list[str]) -> None:
    try:
        await anyio.sleep(1)
    except anyio.get_cancelled_exc_class():
        cancelled.append(name)
        raise  # 清理完一定要重新抛出


async def broken(delay: float) -> None:
    await anyio.sleep(delay)
    raise ValueError(f"{delay} 秒时出错")


async def fails_before_ready(*, task_status: TaskStatus[None]) -> None:
    await anyio.sleep(0.01)
    raise ConnectionRefusedError("连不上数据库")


async def main() -> None:
    cancelled: list[str] = []
    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(slow, "slow-1", cancelled)
            tg.start_soon(slow, "slow-2", cancelled)
            tg.start_soon(broken, 0.1)
    except* ValueError as group:
        print("except* 接住:", [str(exc) for exc in group.exceptions])
    print("被取消的任务:", sorted(cancelled))

    # start() 等待的任务在 started() 之前失败：异常直接从 start() 抛出
    async with anyio.create_task_group() as tg:
        try:
            await tg.start(fails_before_ready)
        except ConnectionRefusedError as exc:
            print("start() 抛出:", type(exc).__name__, exc)


anyio.run(main)
