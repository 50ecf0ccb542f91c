"""to_thread.run_sync 把阻塞函数放进线程；线程里用 from_thread 回到事件循环。"""

import threading
import time

import anyio
import anyio.from_thread
import anyio.to_thread


class Gauge:
    """记录同时有多少个线程在干活。"""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.peak = 0

    def __enter__(self) -> None:
        with self.lock:
            self.running += 1
            self.peak = max(self.peak, self.running)

    def __exit__(self, *exc_info: object) -> None:
        with self.lock:
            self.running -= 1


async def report(log: list[str], message: str) -> None:
    await anyio.sleep(0.01)  # 真正的 await，在事件循环线程里运行
    log.append(message)


def blocking_job(job_id: int, gauge: Gauge, log: list[str]) -> int:
    with gauge:
        time.sleep(0.2)  # 代表一次阻塞调用
    in_main = anyio.from_thread.run_sync(
        lambda: threading.current_thread() is threading.main_thread()
    )
    anyio.from_thread.run(report, log, f"job {job_id} 完成，回调在主线程: {in_main}")
    return job_id * 10


async def main() -> None:
    default = anyio.to_thread.current_default_thread_limiter()
    print("默认线程限额:", default.total_tokens)

    limiter = anyio.CapacityLimiter(2)  # 这几个调用最多同时占 2 个线程
    gauge = Gauge()
    log: list[str] = []
    results: dict[int, int] = {}

    async def run_one(job_id: int) -> None:
        results[job_id] = await anyio.to_thread.run_sync(
            blocking_job, job_id, gauge, log, limiter=limiter
        )

    async with anyio.create_task_group() as tg:
        for job_id in range(4):
            tg.start_soon(run_one, job_id)
    print("返回值:", [results[job_id] for job_id in range(4)])
    print("同时运行的线程最多:", gauge.peak)
    for line in sorted(log):
        print(line)


anyio.run(main)
