import asyncio
import sys

# 子进程：往 stdout 写 size 字节后退出
CHATTY = "import sys; sys.stdout.write('x' * int(sys.argv[1]))"


async def run(size):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHATTY, str(size), stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(1):
            await proc.wait()  # 错误做法：只 wait()，不读 stdout
        data = await proc.stdout.read()
        print(f"{size} 字节：wait() 正常返回，之后读到 {len(data)} 字节")
    except TimeoutError:
        print(f"{size} 字节：1 秒后 wait() 还在等，子进程卡在写满的管道上")
        out, _ = await proc.communicate()  # 正确做法：边读边等
        code = proc.returncode
        print(f"{size} 字节：改用 communicate()，读到 {len(out)} 字节，退出码 {code}")


async def main():
    await run(100_000)
    await run(1_000_000)


asyncio.run(main())
