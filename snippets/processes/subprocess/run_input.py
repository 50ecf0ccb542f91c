import subprocess
import sys

upper = "import sys; sys.stdout.write(sys.stdin.read().upper())"
completed = subprocess.run(
    [sys.executable, "-c", upper],
    input="first line\nsecond line\n",  # 一次性写入子进程的 stdin，然后关闭它
    capture_output=True,
    text=True,
    check=True,
)
print(completed.stdout, end="")
