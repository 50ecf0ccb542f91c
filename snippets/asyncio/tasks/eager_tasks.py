import asyncio


async def lookup(key, cache):
    print(f"lookup({key!r}) starts")
    if key in cache:
        return cache[key]  # 命中缓存：不需要 await，立即返回
    await asyncio.sleep(0.1)
    return key.upper()


async def demo(label):
    cache = {"a": "A (cached)"}
    print(f"--- {label}")
    t1 = asyncio.create_task(lookup("a", cache))
    t2 = asyncio.create_task(lookup("b", cache))
    print("after create_task: t1.done() =", t1.done(), "t2.done() =", t2.done())
    print(await t1, "/", await t2)


async def main():
    await demo("default: tasks start on the next loop iteration")
    # 3.12：eager 任务在 create_task() 内部就同步执行到第一个真正挂起的 await
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await demo("eager_task_factory")


asyncio.run(main())
