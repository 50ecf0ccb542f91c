import asyncio
import threading


class LoopThread:
    """在后台线程里运行一个事件循环，其他线程把协程提交给它执行。"""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="loop-thread")

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()  # 直到 stop() 被调用
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def start(self):
        self.thread.start()

    def submit(self, coro):
        # 线程安全；循环还没开始运行也可以提交，它会排队等待
        return asyncio.run_coroutine_threadsafe(coro, self.loop)  # concurrent Future

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()


async def work(x):
    await asyncio.sleep(0.05)
    return f"{x} 由 {threading.current_thread().name} 计算"


async def main(runner):
    # 在另一个事件循环里：用 wrap_future 把 concurrent Future 变成可 await 的
    print("await:", await asyncio.wrap_future(runner.submit(work("b"))))


runner = LoopThread()
runner.start()
# 在普通的同步代码里：concurrent Future 可以阻塞等待结果
print("result():", runner.submit(work("a")).result(timeout=1))
asyncio.run(main(runner))
runner.stop()
print("后台循环已关闭:", runner.loop.is_closed())
