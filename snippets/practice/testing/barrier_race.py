import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest


class NaiveCache:
    def __init__(self, factory):
        self._factory = factory
        self._values = {}

    def get(self, key):
        if key not in self._values:  # 检查……
            self._values[key] = self._factory(key)  # ……再行动：中间可以插进别的线程
        return self._values[key]


class LockedCache(NaiveCache):
    def __init__(self, factory):
        super().__init__(factory)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return super().get(key)


@pytest.mark.parametrize("cache_class", [NaiveCache, LockedCache])
def test_creates_once(cache_class):
    calls = []
    # 两个线程都进了 factory 才能一起通过屏障：把“竞争窗口”撑开，每次都撞上
    both_inside = threading.Barrier(2, timeout=0.5)

    def factory(key):
        calls.append(key)
        try:
            both_inside.wait()
        except threading.BrokenBarrierError:
            pass  # 等了 0.5 秒另一个线程也没进来：说明它被挡在外面，这正是想要的
        return object()

    cache = cache_class(factory)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("config")))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1, f"factory 被调用了 {len(calls)} 次"
    assert results[0] is results[1]


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
