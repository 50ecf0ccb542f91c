import asyncio

# 事件循环只持有任务的弱引用：没有别处引用的任务可能在运行中途被垃圾回收。
# 用一个集合保存“发出去不管”的后台任务，任务结束时自动从集合中删除。
background_tasks = set()


async def send_report(n):
    await asyncio.sleep(0.05 * n)
    print(f"report {n} sent")


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # 强引用，防止被回收
    task.add_done_callback(background_tasks.discard)  # 结束后自动移除
    return task


async def main():
    for n in range(1, 4):
        fire_and_forget(send_report(n))
    print("running:", len(background_tasks))
    # 程序退出前等后台任务收尾；list() 复制一份，因为集合会在完成时变化
    await asyncio.gather(*list(background_tasks))
    print("running:", len(background_tasks))


asyncio.run(main())
