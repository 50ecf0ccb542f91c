import asyncio
import sys

# 子进程：每读到一行数字，就输出它的平方
CHILD = """
import sys
for line in sys.stdin:
    print(int(line) ** 2, flush=True)
"""


async def feed(stdin, numbers):
    for n in numbers:
        stdin.write(f"{n}\n".encode())
        await stdin.drain()  # 管道满了就在这里等，不会无限占用内存
    stdin.close()  # 发送 EOF：子进程的 for 循环结束
    await stdin.wait_closed()


async def collect(stdout):
    return [int(line) async for line in stdout]


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    # 写和读放在两个并发的任务里：边写边读，双方的管道都不会写满
    async with asyncio.TaskGroup() as tg:
        tg.create_task(feed(proc.stdin, range(1, 20001)))
        result = tg.create_task(collect(proc.stdout))
    squares = result.result()
    print("收到", len(squares), "个结果，最后一个:", squares[-1])
    print("退出码:", await proc.wait())


asyncio.run(main())
