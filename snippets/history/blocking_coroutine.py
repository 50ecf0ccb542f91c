"""Coroutines switch only at `await`: a blocking call stalls all of them."""

import asyncio
import time


async def cooperative():
    await asyncio.sleep(0.1)  # yields to the event loop while waiting


async def blocking():
    time.sleep(0.1)  # noqa: ASYNC251 -- blocks the only thread: nobody else runs


async def main():
    for worker in (cooperative, blocking):
        start = time.perf_counter()
        await asyncio.gather(worker(), worker(), worker())
        print(f"3 x {worker.__name__}: {time.perf_counter() - start:.2f} s")


asyncio.run(main())
