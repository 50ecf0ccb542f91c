import select
import subprocess
import sys
import time


# ---- 目标进程：以 `python pdb_attach.py child` 运行 ----
def wait_for_input(timeout):
    ready, _, _ = select.select([sys.stdin], [], [], timeout)  # 绝大部分时间停在这里
    return bool(ready)


def child():
    print("ready", flush=True)
    deadline = time.monotonic() + 5  # 最多运行 5 秒
    while time.monotonic() < deadline:
        if wait_for_input(timeout=0.05):
            break  # 父进程关闭了 stdin


# ---- 父进程：用 python -m pdb -p PID 附加上去，执行几条命令后退出调试器 ----
def main():
    target = subprocess.Popen(
        [sys.executable, __file__, "child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    commands = ["where", "p timeout", "quit"]  # quit 只是断开，目标进程继续运行
    try:
        print("child says:", target.stdout.readline().strip())
        result = subprocess.run(
            [sys.executable, "-m", "pdb", "-p", str(target.pid)],
            input="".join(f"{command}\n" for command in commands),
            capture_output=True,
            text=True,
            check=False,  # 退出码由下面自己打印
            timeout=5,
        )
        # 从管道读命令时不回显，这里把命令补回到每个 (Pdb) 提示符后面
        banner, *replies = result.stdout.split("(Pdb) ")
        print(banner, end="")
        for command, reply in zip(commands, replies):
            print(f"(Pdb) {command}")
            print(reply, end="")
        print("pdb exit code:", result.returncode, "stderr:", repr(result.stderr))
        time.sleep(0.2)
        print("child still running:", target.poll() is None)
    finally:
        target.stdin.close()
        target.wait(timeout=5)
        target.stdout.close()
    print("child exit code:", target.returncode)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
