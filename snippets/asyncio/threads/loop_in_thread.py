import asyncio
import threading


class AsyncTaskExecutor:
    """在一个后台线程里运行事件循环，供其他（同步）线程提交协程。"""

    def __init__(self, name="async-executor"):
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name)

    def _run(self):
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()  # 直到 stop() 被调用
        finally:
            # 循环停下后在本线程里收尾：取消剩余任务，关闭异步生成器和默认线程池
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            gather = asyncio.gather(*tasks, return_exceptions=True)
            self._loop.run_until_complete(gather)
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.run_until_complete(self._loop.shutdown_default_executor())
            self._loop.close()

    def start(self):
        self._thread.start()
        return self

    def submit(self, coro):
        """线程安全：返回 concurrent.futures.Future，可以 result(timeout) 等结果。"""
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def call_soon(self, callback, *args):
        """线程安全地安排一个普通回调在循环线程里执行。"""
        return self._loop.call_soon_threadsafe(callback, *args)

    def stop(self):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


async def job(n):
    await asyncio.sleep(0.05)
    return f"job {n} ran in {threading.current_thread().name}"


async def forever(started):
    started.set()  # threading.Event：通知主线程“已经开始运行”
    try:
        await asyncio.sleep(3600)
    finally:
        print("forever() cancelled at shutdown")


def report(future):
    # 完成回调在循环所在的线程里执行
    print("callback in", threading.current_thread().name, "->", future.result())


with AsyncTaskExecutor() as executor:
    futures = [executor.submit(job(n)) for n in range(3)]  # 三个协程并发执行
    for fut in futures:
        print(fut.result(timeout=1))  # 主线程阻塞等待，循环线程在干活

    fut = executor.submit(job(3))
    fut.add_done_callback(report)
    fut.result(timeout=1)

    executor.call_soon(print, "plain callback via call_soon_threadsafe")

    started = threading.Event()
    leftover = executor.submit(forever(started))  # 还没结束的任务会在 stop() 时被取消
    started.wait(timeout=1)

print("leftover future cancelled:", leftover.cancelled())
print("threads left:", [t.name for t in threading.enumerate()])
