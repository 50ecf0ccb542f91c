import asyncio
import sys

# 子进程：启动一个继承了 stdout 管道、活 2 秒的孙进程，然后自己马上退出
CHILD = """
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
print("子进程退出", flush=True)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    print((await proc.stdout.readline()).decode().strip())
    try:
        async with asyncio.timeout(1):
            code = await proc.wait()
        print("wait() 返回:", code)
    except TimeoutError:
        # 子进程早已退出，但管道的写端还在孙进程手里，没有读到 EOF
        print("1 秒后 wait() 还在等；returncode 已经是", proc.returncode)
    rest = await proc.stdout.read()  # 孙进程退出时管道才关闭
    print("读到 EOF:", rest, "| 退出码:", await proc.wait())


asyncio.run(main())
