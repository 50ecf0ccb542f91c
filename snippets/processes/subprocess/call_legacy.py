import subprocess
import sys

cmd = [sys.executable, "-c", "print('legacy API')"]

# 旧 API：功能上都能用 run() 表达
print("call ->", subprocess.call(cmd, stdout=subprocess.DEVNULL))
print("check_output ->", subprocess.check_output(cmd, text=True).strip())
# 等价的 run() 写法
print(
    "run ->",
    subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip(),
)
