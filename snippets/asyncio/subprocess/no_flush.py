import asyncio
import os
import sys

# 子进程：print 了三行但没有 flush，然后等 stdin 的 EOF 才退出
CHILD = """
import sys
for i in range(1, 4):
    print(f"第 {i} 行")
sys.stdin.read()
"""


async def main():
    # 设置了 PYTHONUNBUFFERED 时子进程不缓冲输出，这里去掉它
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        env=env,
    )
    try:
        async with asyncio.timeout(0.5):
            line = await proc.stdout.readline()
        print("读到", line.decode())
    except TimeoutError:
        # stdout 接的是管道时是块缓冲：三行都还在子进程自己的缓冲区里
        print("0.5 秒内一行也没读到")
    proc.stdin.close()  # 子进程读到 EOF 后退出，退出时才把缓冲区写出来
    rest = await proc.stdout.read()
    print("之后一次读到:", rest.decode().splitlines())
    print("退出码:", await proc.wait())


asyncio.run(main())
