import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest


class Worker:
    """后台线程按顺序处理提交的任务。"""

    def __init__(self, handle):
        self._handle = handle
        self._jobs = queue.Queue()
        self._thread = threading.Thread(target=self._run)
        self._thread.start()

    def submit(self, job):
        self._jobs.put(job)

    def close(self):
        self._jobs.put(None)
        self._thread.join()

    def _run(self):
        while (job := self._jobs.get()) is not None:
            self._handle(job)


# 同一个任务在快机器上 1 毫秒做完，在繁忙的 CI 机器上可能要 0.5 秒
SPEEDS = pytest.mark.parametrize("work_seconds", [0.001, 0.5], ids=["fast", "slow"])


@SPEEDS
def test_with_sleep(work_seconds):
    results = []

    def handle(job):
        time.sleep(work_seconds)
        results.append(job * 2)

    worker = Worker(handle)
    try:
        worker.submit(21)
        time.sleep(0.2)  # “应该够了吧”：快时白等，慢时不够
        assert results == [42]
    finally:
        worker.close()


@SPEEDS
def test_with_event(work_seconds):
    results = []
    done = threading.Event()

    def handle(job):
        time.sleep(work_seconds)
        results.append(job * 2)
        done.set()  # 做完了就明说

    worker = Worker(handle)
    try:
        worker.submit(21)
        assert done.wait(timeout=10)  # 事件一到就往下走；超时只防真的卡死
        assert results == [42]
    finally:
        worker.close()


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
