import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def numbers():
    try:
        for i in range(100):
            yield i
    finally:
        print("async generator closed")


async def take_one(gens):
    gen = numbers()
    gens.append(gen)  # 保留引用：生成器停在 yield 处，没有被迭代完
    print("first number:", await anext(gen))


def try_close(loop):
    try:
        loop.close()
    except RuntimeError as e:
        print("close() while running:", e)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)  # 可选：之后本线程的 get_event_loop() 返回它
try:
    # run_until_complete：协程会被包装成 Task，运行到它完成并返回结果
    print("run_until_complete ->", loop.run_until_complete(double(21)))

    # run_forever：一直运行，直到某个回调调用 stop()
    gens = []
    loop.create_task(take_one(gens))
    loop.call_soon(try_close, loop)
    loop.call_later(0.05, loop.stop)
    loop.run_forever()
    print("stopped, is_running:", loop.is_running())

    # 停下来的循环可以再次运行
    print("run again ->", loop.run_until_complete(double(1)))
finally:
    # asyncio.run() 在退出时替我们做的收尾工作
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())  # 3.9+
    asyncio.set_event_loop(None)
    loop.close()

print("is_closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("after close():", e)
