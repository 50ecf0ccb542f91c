import asyncio
import sys

# 要检验的程序：一个任务正在创建带两个管道的子进程，另一个任务同时失败。
# gather() 把异常抛出 main()，asyncio.run() 收尾时取消还没结束的所有任务
BUGGY = """
import asyncio, sys

async def spawn():
    await asyncio.create_subprocess_exec(
        sys.executable, "-c", "pass",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)

async def fail():
    raise RuntimeError("另一个任务失败")

async def main():
    await asyncio.gather(spawn(), fail())

asyncio.run(main())
"""


async def main():
    # 把它放进子进程里运行，卡住时可以限时杀掉
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", BUGGY, stderr=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(2):
            _, err = await proc.communicate()
        print("程序自己结束了，退出码", proc.returncode)
        print("stderr 最后一行:", err.decode().splitlines()[-1])
    except TimeoutError:
        proc.kill()
        await proc.wait()
        print("程序 2 秒后仍没有结束，卡在 asyncio.run() 的收尾里；已杀掉")
        print("退出码", proc.returncode)


asyncio.run(main())
