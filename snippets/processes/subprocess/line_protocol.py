import subprocess
import sys

# 子进程：逐行读取，每读一行立即回复一行并 flush
CHILD = """
import sys
for line in sys.stdin:
    print("echo:", line.strip().upper(), flush=True)
"""

proc = subprocess.Popen(
    [sys.executable, "-c", CHILD],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    text=True,
)
try:
    for word in ["alpha", "beta", "gamma"]:  # 有限轮对话
        proc.stdin.write(word + "\n")
        proc.stdin.flush()  # 不 flush，请求会留在父进程的缓冲区里，双方互相等待
        print(proc.stdout.readline().strip())
finally:
    proc.stdin.close()  # 子进程读到 EOF，for 循环结束
    print("returncode:", proc.wait(timeout=5))
    proc.stdout.close()
