import subprocess
import sys

code = "import sys; print('oops', file=sys.stderr); sys.exit(3)"

# 不加 check：非零退出码只体现在 returncode 上，不会报错
completed = subprocess.run(
    [sys.executable, "-c", code], capture_output=True, check=False
)
print("without check, returncode =", completed.returncode)

# check=True：非零退出码变成 CalledProcessError
try:
    subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
except subprocess.CalledProcessError as exc:
    print("CalledProcessError: returncode =", exc.returncode)
    print("stderr:", exc.stderr.strip())
