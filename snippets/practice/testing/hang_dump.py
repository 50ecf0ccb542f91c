import os
import subprocess
import sys
import threading
from pathlib import Path


def load_config(ready, results):
    # bug：等一个永远不会到来的信号（为了让示例能结束，最多等 2 秒）
    if ready.wait(timeout=2):
        results.append("config")


def test_loader_finishes():
    ready = threading.Event()  # 忘了 ready.set()
    results = []
    loader = threading.Thread(target=load_config, args=(ready, results), name="loader")
    loader.start()
    loader.join()
    assert results == ["config"]


def dumped_frames(stderr, path):
    """faulthandler 的转储里，只留超时提示、线程标题和本文件的栈帧。"""
    for line in stderr.splitlines():
        if line.startswith(("Timeout", "Thread")) or str(path) in line:
            yield line.replace(str(path.parent) + os.sep, "")


if __name__ == "__main__":
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    args += ["-o", "faulthandler_timeout=1"]  # 单个测试超过 1 秒：打印所有线程的栈
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    run = subprocess.run(
        cmd, cwd=here.parent, capture_output=True, text=True, check=False
    )
    print(run.stdout, end="")
    print("--- stderr 里的 faulthandler 转储（节选） ---")
    for line in dumped_frames(run.stderr, here):
        print(line)
    raise SystemExit(run.returncode)
