import collections
import os
import subprocess
import sys
import tempfile
import time


# ---- 被分析的程序：以 `python sampling_profiler.py child` 运行 ----
def slow_sum(n):
    total = 0
    for i in range(n):
        total += i * i  # 热点：绝大部分时间花在这里
    return total


def quick_check():
    return sum(range(100))


def child():
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        slow_sum(100_000)
        quick_check()


# ---- 父进程：python -m profiling.sampling run 运行并采样它 ----
def main():
    with tempfile.TemporaryDirectory() as tmp:
        stacks = os.path.join(tmp, "stacks.txt")
        result = subprocess.run(
            [sys.executable, "-m", "profiling.sampling", "run"]
            + ["--collapsed", "-o", stacks, __file__, "child"],
            capture_output=True,
            text=True,
            check=False,  # 退出码由下面自己打印
            timeout=10,
        )
        print("exit code:", result.returncode, "stderr:", repr(result.stderr))
        print("profiler:", result.stdout.splitlines()[0])  # 采样摘要的第一行
        with open(stacks, encoding="utf-8") as f:
            lines = f.read().splitlines()

    # collapsed 格式：每行是 "栈帧;栈帧;...;最内层栈帧 采样次数"，
    # 每个栈帧是 "文件:函数:行号"（<GC> 这类特殊帧除外）；第一项是线程 id
    on_top = collections.Counter()  # 函数位于栈顶（正在执行）的采样数
    total = 0
    for line in lines:
        stack, count = line.rsplit(" ", 1)
        top = stack.split(";")[-1].rsplit(":", 2)
        funcname = top[1] if len(top) == 3 else top[0]
        on_top[funcname] += int(count)
        total += int(count)

    hottest, samples = on_top.most_common(1)[0]
    print("hottest function:", hottest)
    print("its share > 80%:", samples / total > 0.8)
    print("quick_check share < 5%:", on_top["quick_check"] / total < 0.05)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
