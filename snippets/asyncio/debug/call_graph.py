import asyncio


async def fetch():
    await asyncio.sleep(0.1)


async def worker():
    await fetch()


async def main():
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(worker(), name="worker")
        await asyncio.sleep(0.05)  # 让 worker 停在 sleep() 上

        # 3.14 新增：取得一个任务的异步调用图（print_call_graph() 则直接打印出来）
        graph = asyncio.capture_call_graph(task)
        print("任务:", graph.future.get_name())
        # call_stack 从最内层开始：任务此刻停在哪个 await 上
        for entry in graph.call_stack:
            print("  调用栈:", entry.frame.f_code.co_name)
        # awaited_by：谁在等这个任务（这里是 TaskGroup 所在的 main 任务）
        for parent in graph.awaited_by:
            print("  被等待:", parent.future.get_name())


asyncio.run(main())
