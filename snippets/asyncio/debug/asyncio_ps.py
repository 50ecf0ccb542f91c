import asyncio
import subprocess
import sys


# ---- 被检查的程序：以 `python asyncio_ps.py child` 运行 ----
async def refresh_token(stop):
    await stop.wait()  # 模拟一个迟迟不结束的操作


async def fetch(token_task):
    await token_task  # 两个请求任务都在等同一个 token 任务


async def serve(stop):
    token = asyncio.create_task(refresh_token(stop), name="refresh-token")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(token), name="fetch-users")
        tg.create_task(fetch(token), name="fetch-orders")
        await asyncio.sleep(0)  # 让三个任务都停到各自的 await 上
        print("ready", flush=True)  # 告诉父进程：可以检查了


async def child():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_stdin_closed():
        loop.remove_reader(sys.stdin.fileno())
        stop.set()

    # 父进程关闭 stdin 时结束；无论如何最多运行 5 秒
    loop.add_reader(sys.stdin.fileno(), on_stdin_closed)
    loop.call_later(5, stop.set)
    await serve(stop)


# ---- 父进程：启动子进程，用 python -m asyncio ps / pstree 查看它 ----
def main():
    target = subprocess.Popen(
        [sys.executable, __file__, "child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        print("child says:", target.stdout.readline().strip())
        for command in ("ps", "pstree"):
            print(f"$ python -m asyncio {command} PID")
            result = subprocess.run(
                [sys.executable, "-m", "asyncio", command, str(target.pid)],
                capture_output=True,
                text=True,
                check=False,  # 退出码由下面自己打印
                timeout=5,
            )
            print(result.stdout, end="")
            if result.returncode or result.stderr:  # 例如没有权限时
                print(f"exit code {result.returncode}, stderr: {result.stderr}")
    finally:
        target.stdin.close()  # 子进程读到 EOF，自己结束
        target.wait(timeout=5)
        target.stdout.close()
    print("child exit code:", target.returncode)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        asyncio.run(child())
    else:
        main()
