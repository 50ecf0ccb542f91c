import asyncio
import threading


def here():
    return threading.current_thread().name


async def ping(n, worker_loop):
    print(f"ping {n} in {here()}")
    main_loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(pong(n, main_loop), worker_loop)
    # wrap_future：把 concurrent Future 包成 asyncio Future，await 它不会卡住本循环
    return await asyncio.wrap_future(fut)


async def pong(n, main_loop):
    print(f"pong {n} in {here()}")
    await asyncio.sleep(0.01)
    if n == 3:  # 有界的来回：第 3 轮就结束，程序才能退出
        return "rally over"
    worker_loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(ping(n + 1, worker_loop), main_loop)
    return await asyncio.wrap_future(fut)


async def main():
    worker_loop = asyncio.new_event_loop()
    thread = threading.Thread(target=worker_loop.run_forever, name="worker")
    thread.start()
    try:
        print(await ping(1, worker_loop))
    finally:
        worker_loop.call_soon_threadsafe(worker_loop.stop)
        await asyncio.to_thread(thread.join)  # 不在协程里直接 join()
        worker_loop.close()


asyncio.run(main())
