import asyncio
import concurrent.futures
import threading


async def lookup(key):
    await asyncio.sleep(0.05)
    if key == "missing":
        raise KeyError(key)
    return key.upper()


def worker(loop, done):
    try:
        submit_jobs(loop)
    finally:
        # 普通回调用 call_soon_threadsafe；asyncio.Event 不是线程安全的，不能直接 set()
        loop.call_soon_threadsafe(done.set)


def submit_jobs(loop):
    # 这是一个普通线程：不能 await，只能把协程“投递”给另一个线程里的事件循环
    fut = asyncio.run_coroutine_threadsafe(lookup("spam"), loop)
    print("concurrent.futures.Future?", isinstance(fut, concurrent.futures.Future))
    print("worker result:", fut.result(timeout=1))  # 阻塞的是本线程，不是事件循环

    fut = asyncio.run_coroutine_threadsafe(lookup("missing"), loop)
    try:
        fut.result(timeout=1)
    except KeyError as e:
        print("worker caught:", repr(e))  # 协程里的异常原样传回来

    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    try:
        fut.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        fut.cancel()  # 取消 concurrent Future 会连带取消循环里的任务
        print("worker timed out, cancelled:", fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    thread = threading.Thread(target=worker, args=(loop, done))
    thread.start()
    await done.wait()  # 在等待期间，循环照常运行 worker 投递进来的协程
    print("main: event set by", thread.name)
    await asyncio.to_thread(thread.join)  # join 也会阻塞，交给线程池去等


asyncio.run(main())
