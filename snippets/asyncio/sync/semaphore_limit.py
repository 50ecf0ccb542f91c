import asyncio
import time

DURATIONS = [0.05, 0.1, 0.1, 0.1, 0.1, 0.1]  # 模拟 6 个下载各自的耗时
start = time.perf_counter()
running = 0
peak = 0


async def download(n, seconds, sem):
    global running, peak
    async with sem:  # 最多 2 个协程同时进入
        running += 1
        peak = max(peak, running)
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.2f}s start file-{n} (running={running})")
        await asyncio.sleep(seconds)  # 模拟网络传输
        running -= 1
    return n


async def main():
    sem = asyncio.Semaphore(2)
    jobs = (download(n, seconds, sem) for n, seconds in enumerate(DURATIONS))
    results = await asyncio.gather(*jobs)
    print("results:", results, "peak:", peak)
    print(f"total: {time.perf_counter() - start:.2f}s, work: {sum(DURATIONS):.2f}s")


asyncio.run(main())
