import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()  # 循环自己的单调时钟，call_at() 用的就是它
    finished = loop.create_future()

    def say(what):
        print(f"{loop.time() - start:.1f}s {what}")

    loop.call_soon(say, "call_soon #1")  # 下一轮循环就执行，先进先出
    loop.call_soon(say, "call_soon #2")
    cancelled = loop.call_later(0.1, say, "never printed")  # 返回 TimerHandle
    loop.call_later(0.1, say, "call_later(0.1)")
    timer = loop.call_at(start + 0.2, say, "call_at(start + 0.2)")
    loop.call_at(start + 0.3, finished.set_result, "done")
    # 回调只接受位置参数；关键字参数用 functools.partial 包起来
    loop.call_soon(functools.partial(print, "partial", "with", "sep", sep="|"))

    cancelled.cancel()
    print("cancelled:", cancelled.cancelled())
    print(f"timer due at start + {timer.when() - start:.1f}s")
    print(await finished)


asyncio.run(main())
