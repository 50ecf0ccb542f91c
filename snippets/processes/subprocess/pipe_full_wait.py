import subprocess
import sys

# 子进程向 stdout 写 1 MB，远大于管道缓冲区（Linux 默认 64 KiB）
BIG = "import sys; sys.stdout.write('x' * 1_000_000)"

proc = subprocess.Popen([sys.executable, "-c", BIG], stdout=subprocess.PIPE)
try:
    # 错误做法：不读管道就 wait()。子进程写满缓冲区后阻塞，永远等不到它退出
    proc.wait(timeout=0.5)
except subprocess.TimeoutExpired:
    print("wait() timed out: child is blocked on a full pipe")

# 正确做法：communicate() 一边读输出一边等待
out, _ = proc.communicate(timeout=5)
print("received bytes:", len(out))
print("returncode:", proc.returncode)
