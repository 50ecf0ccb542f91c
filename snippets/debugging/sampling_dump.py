import os
import re
import subprocess
import sys
import threading
import time


def transfer(first, second):
    with first:
        time.sleep(0.1)
        with second:  # 死锁
            pass


def child():
    a, b = threading.Lock(), threading.Lock()
    threading.Thread(target=transfer, args=(a, b), name="worker-1").start()
    threading.Thread(target=transfer, args=(b, a), name="worker-2").start()
    print("ready", flush=True)
    threading.Event().wait(timeout=5)  # 主线程也在等（限时 5 秒）


def tidy(text, pid):
    """PID、线程 id 换成占位符，路径只留文件名，便于对照。"""
    text = text.replace(str(pid), "<PID>")
    text = re.sub(r"thread \d+", "thread <TID>", text)
    return re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', text)


def main():
    cmd = [sys.executable, __file__, "child"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
        proc.stdout.readline()
        time.sleep(0.3)  # 让两个工作线程走到死锁的位置
        # 从外部读取目标进程的内存：不需要目标配合，也不在其中执行任何代码
        dump = subprocess.run(
            [sys.executable, "-m", "profiling.sampling", "dump", "-a", str(proc.pid)],
            capture_output=True,
            text=True,
            check=False,  # 权限不够时返回非零，原因写在 stderr 上
            env={**os.environ, "PYTHON_COLORS": "0"},  # 不要颜色控制符
        )
        print(tidy(dump.stdout, proc.pid), end="")
        print(dump.stderr, end="")
        proc.kill()


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
