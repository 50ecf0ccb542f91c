import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"{time.perf_counter() - start:.1f}s {msg}")


async def producer(queue):
    for n in range(4):
        # 队列满时 put() 挂起，生产者被迫放慢到消费者的速度
        await queue.put(n)
        log(f"put {n}, qsize={queue.qsize()}")
    await queue.put(None)  # 结束标记


async def consumer(queue):
    while (item := await queue.get()) is not None:
        log(f"    got {item}")
        await asyncio.sleep(0.1)  # 模拟较慢的处理


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
