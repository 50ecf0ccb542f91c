import asyncio


async def work_into(fut, i):
    await asyncio.sleep(0.01 * (5 - i))
    fut.set_result(i * i)  # 不推荐的写法：把结果塞进别人给的 Future


async def work(i):
    await asyncio.sleep(0.01 * (5 - i))
    return i * i  # 推荐写法：直接 return


async def broken_into(fut):
    raise RuntimeError("还没来得及 set_result 就出错了")


async def main():
    loop = asyncio.get_running_loop()

    futures = [loop.create_future() for _ in range(5)]
    tasks = [asyncio.create_task(work_into(f, i)) for i, f in enumerate(futures)]
    print("手动 Future:", [await f for f in futures])
    await asyncio.gather(*tasks)

    # Task 本身就是 Future 的子类：返回值、异常、取消都由它自动传递
    print("Task 是 Future:", issubclass(asyncio.Task, asyncio.Future))
    print("gather:", await asyncio.gather(*(work(i) for i in range(5))))

    # 手动 Future 的隐患：任务中途出错，Future 永远不会完成
    fut = loop.create_future()
    task = asyncio.create_task(broken_into(fut))
    try:
        await asyncio.wait_for(fut, timeout=0.1)  # 没有超时就会永远等下去
    except TimeoutError:
        print("等了 0.1 秒仍没有结果；真正的错误藏在任务里:", repr(task.exception()))


asyncio.run(main())
