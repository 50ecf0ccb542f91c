import asyncio
import contextlib

kept = []  # 保存生成器的引用，模拟“还有人引用着它”
background = set()
MAIN = None


async def numbers(tag, closed):
    try:
        for i in range(10):
            yield i
    finally:
        where = "在 main 任务里" if asyncio.current_task() is MAIN else "在另一个任务里"
        print(f"  [{tag}] finally：清理（{where}）")
        closed.set()


async def main():
    global MAIN
    MAIN = asyncio.current_task()

    # A. 用 aclosing()：退出 async with 时立刻 aclose()，清理在当前任务里完成
    a = asyncio.Event()
    async with contextlib.aclosing(numbers("A", a)) as gen:
        async for n in gen:
            if n == 1:
                break
    print("A: 离开 async with，已清理:", a.is_set())

    # B. 直接 break，没有别的引用：生成器马上被回收，
    #    事件循环的 finalizer 钩子把 aclose() 排成一个新任务，稍后才执行
    b = asyncio.Event()
    async for n in numbers("B", b):
        if n == 1:
            break
    print("B: break 之后，已清理:", b.is_set())
    await b.wait()
    print("B: 等到了清理")

    # C. break 之后还有引用：一直不清理，直到 asyncio.run() 收尾
    c = asyncio.Event()
    gen = numbers("C", c)
    kept.append(gen)
    async for n in gen:
        if n == 1:
            break
    print("C: break 之后，已清理:", c.is_set())

    started = asyncio.Event()
    task = asyncio.create_task(forever(started))
    background.add(task)
    await started.wait()
    print("main 返回")


async def forever(started):
    started.set()
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        print("  后台任务被取消")
        raise


asyncio.run(main())
print("asyncio.run 返回")
