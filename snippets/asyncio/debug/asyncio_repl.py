import subprocess
import sys

# 通过管道把三行输入喂给 python -m asyncio
lines = [
    "import asyncio",
    "await asyncio.sleep(0.01, result='hi')",  # 提示符下可以直接写顶层 await
    "asyncio.get_running_loop()",  # REPL 在后台运行着一个事件循环
]
result = subprocess.run(
    [sys.executable, "-m", "asyncio"],
    input="\n".join(lines) + "\n",
    capture_output=True,
    text=True,
    check=False,  # 退出码由下面自己打印
    timeout=10,
)
print("--- stdout（表达式的值，以及交互式解释器写的提示符）")
print(result.stdout)
print("--- stderr（欢迎信息、启动时自动执行的 import asyncio、退出信息）")
print(result.stderr, end="")
print("--- exit code:", result.returncode)
