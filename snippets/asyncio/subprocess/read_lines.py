import asyncio
import sys

# 子进程：每输出一行就 flush，然后等父进程在 stdin 上回一句才继续
CHILD = """
import sys
for i in range(1, 4):
    print(f"进度 {i}/3", flush=True)
    sys.stdin.readline()
print("完成", flush=True)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    # StreamReader 支持 async for：逐行读，读到 EOF 结束
    async for raw in proc.stdout:
        line = raw.decode().rstrip()
        if line.startswith("进度"):
            # 子进程此刻正等着我们回话，肯定还没退出
            print(f"读到 {line!r}，子进程还在运行: {proc.returncode is None}")
            proc.stdin.write(b"ok\n")
            await proc.stdin.drain()
        else:
            print(f"读到 {line!r}")
    print("退出码:", await proc.wait())


asyncio.run(main())
