import asyncio
import sys

# 子进程：睡 0.1 秒，再输出参数的平方
JOB = "import sys, time; time.sleep(0.1); n = int(sys.argv[1]); print(n * n)"

running = 0
peak = 0


async def run_job(sem, n):
    global running, peak
    async with sem:  # 同一时刻最多 2 个子进程
        running += 1
        peak = max(peak, running)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", JOB, str(n), stdout=asyncio.subprocess.PIPE
        )
        out, _ = await proc.communicate()
        running -= 1
        return int(out)


async def main():
    sem = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run_job(sem, n)) for n in range(1, 7)]
    print("结果:", [t.result() for t in tasks])
    print("最多同时运行的子进程:", peak)


asyncio.run(main())
