import subprocess
import sys
import time

start = time.monotonic()
try:
    # 子进程要睡 10 秒，但我们只等 0.3 秒
    subprocess.run(
        [sys.executable, "-c", "import time; time.sleep(10)"], timeout=0.3, check=False
    )
except subprocess.TimeoutExpired as exc:
    # run() 在抛出之前已经 kill 并回收了子进程
    print("TimeoutExpired after", round(exc.timeout, 1), "s")
print("waited less than 2 s:", time.monotonic() - start < 2)
