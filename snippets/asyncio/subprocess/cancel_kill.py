import asyncio
import contextlib
import sys

SLEEPER = "import time; time.sleep(60)"  # 代表一个长时间运行的命令


async def naive(spawned):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", SLEEPER)
    spawned.set_result(proc)
    await proc.wait()  # 任务在这里被取消


@contextlib.asynccontextmanager
async def child_process(*args, **kwargs):
    """启动子进程；无论块怎样结束（包括被取消），都杀掉并回收它。"""
    proc = await asyncio.create_subprocess_exec(*args, **kwargs)
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()


async def guarded(name, spawned, procs):
    async with child_process(sys.executable, "-c", SLEEPER) as proc:
        procs[name] = proc
        spawned.set()
        await proc.wait()


async def failing(events):
    for ev in events:
        await ev.wait()  # 等两个子进程都启动了再失败
    raise RuntimeError("这个任务失败了")


async def main():
    # 1. 取消等待子进程的任务，并不会结束子进程
    spawned = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(naive(spawned))
    proc = await spawned
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("任务已取消:", task.cancelled(), "| 子进程还在运行:", proc.returncode is None)
    proc.kill()
    await proc.wait()

    # 2. TaskGroup 里一个任务失败，其余任务被取消；finally 负责杀掉各自的子进程
    events = [asyncio.Event(), asyncio.Event()]
    procs = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guarded("a", events[0], procs))
            tg.create_task(guarded("b", events[1], procs))
            tg.create_task(failing(events))
    except* RuntimeError as eg:
        print("TaskGroup:", eg.exceptions[0])
    for name, proc in sorted(procs.items()):
        print(f"{name} 的子进程 returncode = {proc.returncode}")


asyncio.run(main())
