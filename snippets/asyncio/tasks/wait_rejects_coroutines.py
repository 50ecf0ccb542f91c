import asyncio


async def foo():
    return 42


async def main():
    coro = foo()
    try:
        await asyncio.wait({coro})  # 旧资料里的写法：直接把协程交给 wait()
    except TypeError as e:
        print("TypeError:", e)
    coro.close()  # 这个协程没人运行：关掉它，免得 "never awaited" 警告

    task = asyncio.create_task(foo())  # 正确写法：先包装成任务
    done, _ = await asyncio.wait({task})
    print("task in done:", task in done, "result:", task.result())


asyncio.run(main())
