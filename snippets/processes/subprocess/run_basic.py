import subprocess
import sys

# 用当前解释器当作"外部程序"，保证任何机器上都能运行
completed = subprocess.run(
    [sys.executable, "-c", "print('hello from child')"],
    check=False,  # 默认值：非零退出码不抛异常
    capture_output=True,  # 收集 stdout / stderr
    text=True,  # 以 str 而不是 bytes 返回
)
print("args[1:]:", completed.args[1:])
print("returncode:", completed.returncode)
print("stdout:", repr(completed.stdout))
print("stderr:", repr(completed.stderr))
