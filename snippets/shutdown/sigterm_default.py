"""SIGTERM 的默认动作直接结束进程；把它变成 SystemExit，finally 和 atexit 才会运行。"""

import atexit
import signal
import subprocess
import sys
import time


def child(mode):
    if mode == "handler":
        # 常见写法：收到 SIGTERM 就按正常方式退出（128 + 15 = 143，与 shell 的约定一致）
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    atexit.register(print, "  atexit 运行了", flush=True)
    try:
        print("ready", flush=True)
        time.sleep(10)
    finally:
        print("  finally 运行了", flush=True)


def run(mode):
    proc = subprocess.Popen(
        [sys.executable, __file__, mode], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "ready\n"  # 子进程已进入 try
    proc.terminate()  # 发送 SIGTERM
    rest = proc.stdout.read()
    proc.wait()
    print(f"{mode}: 返回码 {proc.returncode}")
    print(rest or "  （没有任何清理输出）", end="" if rest else "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(sys.argv[1])
    else:
        run("default")
        run("handler")
