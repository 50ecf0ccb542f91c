import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    sem.release()  # bug：没有 acquire 就 release，普通 Semaphore 默默把计数加到 2
    await sem.acquire()
    await sem.acquire()  # 本应只允许 1 个持有者，现在第二次也不会挂起
    print("Semaphore acquired twice, locked:", sem.locked())

    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()  # 计数超过初始值：立即抛 ValueError，把 bug 暴露出来
    except ValueError as exc:
        print("BoundedSemaphore:", exc)


asyncio.run(main())
