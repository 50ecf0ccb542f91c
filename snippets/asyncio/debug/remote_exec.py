import asyncio
import os
import subprocess
import sys
import tempfile

# 要注入目标进程的代码：列出它的 asyncio 任务，再读一个模块级变量。
# 它可能恰好在目标进程正用着 sys.stdout 时运行（就像信号处理函数），
# 所以不用 print，而是直接 os.write 到文件描述符 1
INJECTED = r"""
import asyncio, os, sys
names = sorted(task.get_name() for task in asyncio.all_tasks())
version = sys.modules["__main__"].VERSION
os.write(1, f"injected: tasks = {names}\ninjected: VERSION = {version}\n".encode())
"""

VERSION = "build-42"


# ---- 目标进程：以 `python remote_exec.py child` 运行 ----
async def worker(stop):
    # 事件循环定期醒来执行 Python 代码，注入的脚本才有机会运行
    while not stop.is_set():
        await asyncio.sleep(0.02)


async def child():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_reader(sys.stdin.fileno(), stop.set)  # 父进程关闭 stdin 时结束
    loop.call_later(5, stop.set)  # 最多运行 5 秒
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(stop), name="worker-1")
        tg.create_task(worker(stop), name="worker-2")
        print("ready", flush=True)
    loop.remove_reader(sys.stdin.fileno())


# ---- 父进程 ----
def main():
    target = subprocess.Popen(
        [sys.executable, __file__, "child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        print("child says:", target.stdout.readline().strip())
        # 脚本放在 /tmp 的临时目录里；目标进程执行时才读它，所以等它执行完再删
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "inject.py")
            with open(script, "w", encoding="utf-8") as f:
                f.write(INJECTED)
            sys.remote_exec(target.pid, script)  # 3.14 新增：只是安排执行，立即返回
            for _ in range(2):
                print("child says:", target.stdout.readline().strip())
    finally:
        target.stdin.close()
        target.wait(timeout=5)
        target.stdout.close()
    print("child exit code:", target.returncode)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        asyncio.run(child())
    else:
        main()
