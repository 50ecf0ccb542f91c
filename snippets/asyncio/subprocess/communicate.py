import asyncio
import sys

# 子进程：把标准输入转成大写写到 stdout，往 stderr 写一行，退出码 3
CHILD = """
import sys
data = sys.stdin.read()
sys.stdout.write(data.upper())
print("stderr 上的一行", file=sys.stderr)
sys.exit(3)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    print("pid 是整数:", isinstance(proc.pid, int), "| returncode:", proc.returncode)
    # 写入全部输入、关闭 stdin、读完 stdout 和 stderr、等进程退出
    out, err = await proc.communicate(b"hello\nasyncio\n")
    print("stdout:", out)
    print("stderr:", err.decode().strip())
    print("returncode:", proc.returncode)


asyncio.run(main())
