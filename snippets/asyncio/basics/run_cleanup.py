import asyncio
import time

background_tasks = set()  # 保存任务的强引用，防止任务运行中途被垃圾回收
generators = []


async def forever():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("2. 未完成的任务被取消")
        raise  # 收到取消后应当重新抛出


async def numbers():
    try:
        for n in range(100):
            yield n
    finally:
        print("3. 没有迭代完的异步生成器被 aclose()")


def blocking_job():
    time.sleep(0.1)
    print("4. 默认线程池里的任务完成，线程池被关闭")


async def main():
    task = asyncio.create_task(forever())
    background_tasks.add(task)
    gen = numbers()
    generators.append(gen)
    print("异步生成器产出", await gen.__anext__())
    asyncio.get_running_loop().run_in_executor(None, blocking_job)
    await asyncio.sleep(0)  # 让 forever() 开始运行
    print("1. main 返回")


asyncio.run(main())
print("5. asyncio.run 返回，事件循环已关闭")
