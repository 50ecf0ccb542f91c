import subprocess
import sys

count_lines = "import sys; print(len(sys.stdin.readlines()), 'lines')"
proc = subprocess.Popen(
    [sys.executable, "-c", count_lines],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    text=True,
)
# communicate：写入全部输入 -> 关闭 stdin -> 读完输出 -> 等进程退出
out, _ = proc.communicate("a\nb\nc\n", timeout=5)
print("reply:", out.strip())
print("returncode:", proc.returncode)

# 进程已经结束，不能再"继续对话"
try:
    proc.communicate("d\n", timeout=5)
except ValueError as exc:
    print("second communicate:", exc)
