import asyncio
import threading
import time

library_threads = []


def legacy_fetch(key, on_success, on_error):
    """模拟一个老式回调库：在自己的线程里干活，完成后调用回调。"""

    def work():
        time.sleep(0.1)
        if key == "missing":
            on_error(KeyError(key))
        else:
            on_success(f"{key} 的数据")

    thread = threading.Thread(target=work)
    library_threads.append(thread)
    thread.start()


def _resolve(fut, value=None, exc=None):
    # 运行在事件循环线程里。调用方可能已经取消（例如超时），先检查
    if fut.done():
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(value)


async def fetch(key):
    """把回调 API 包装成可以 await 的协程。"""
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    # 回调运行在库的线程里；asyncio.Future 不是线程安全的，
    # 必须用 call_soon_threadsafe 把“设置结果”交回事件循环线程去做
    legacy_fetch(
        key,
        on_success=lambda value: loop.call_soon_threadsafe(_resolve, fut, value),
        on_error=lambda exc: loop.call_soon_threadsafe(_resolve, fut, None, exc),
    )
    return await fut


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        fetch("user"), fetch("order"), fetch("missing"), return_exceptions=True
    )
    for result in results:
        print(repr(result))
    print(f"三次调用并发完成，耗时 {time.perf_counter() - start:.1f} 秒")


asyncio.run(main())
for thread in library_threads:
    thread.join()
