import asyncio
import sys

# 子进程：一行短的；一行 100 字节的完整长行；
# 再写 80 字节但不换行，等父进程回话后才补上这一行的结尾
CHILD = """
import sys
print("short", flush=True)
print("x" * 100, flush=True)
print("after", flush=True)
sys.stdout.write("y" * 80)
sys.stdout.flush()
sys.stdin.readline()
print("tail", flush=True)
"""


async def read_line(proc):
    try:
        return (await proc.stdout.readline()).decode().rstrip("\n")
    except ValueError as e:  # readline() 把 LimitOverrunError 换成了 ValueError
        return f"ValueError: {e}"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        limit=64,  # StreamReader 的缓冲上限，默认 64 KiB
    )
    for _ in range(3):
        print(await read_line(proc))  # 整行已到：超长的那一行被整行丢掉
    print(await read_line(proc))  # 80 字节还没有换行：缓冲区被清空
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    print(await read_line(proc))  # 读到的是上一行剩下的尾巴
    await proc.communicate()


asyncio.run(main())
