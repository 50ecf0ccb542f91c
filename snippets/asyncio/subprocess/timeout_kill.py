import asyncio
import signal
import sys

# 子进程：先报告“开始”，然后一睡 60 秒，代表一个卡住的命令
CHILD = "import time; print('开始', flush=True); time.sleep(60)"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    print("子进程:", (await proc.stdout.readline()).decode().strip())
    try:
        async with asyncio.timeout(0.5):
            await proc.communicate()
    except TimeoutError:
        print("0.5 秒还没结束，超时")
        # 超时只取消了 communicate()，子进程还在运行
        print("超时之后 returncode:", proc.returncode)
        proc.kill()  # 发 SIGKILL
        await proc.wait()  # 等它真正退出，并让事件循环回收它（不留僵尸进程）
    print("returncode:", proc.returncode)
    print("被 SIGKILL 杀死:", proc.returncode == -signal.SIGKILL)


asyncio.run(main())
