import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def fixture_loop():
    return asyncio.get_running_loop()  # 这个 async fixture 由 anyio 插件运行


@pytest.mark.anyio
async def test_anyio_only(fixture_loop):
    assert fixture_loop is asyncio.get_running_loop()


@pytest.mark.asyncio  # 多加了一个标记：测试本身改由 pytest-asyncio 运行
@pytest.mark.anyio
async def test_both_marks(fixture_loop):
    assert fixture_loop is asyncio.get_running_loop()


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=line"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
