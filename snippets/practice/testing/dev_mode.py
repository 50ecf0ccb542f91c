import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

SLOW_STEP = re.compile(r"coro=<(?P<coro>\w+)\(\) running at \S+:(?P<line>\d+)>.* took")


@pytest.fixture(autouse=True)
def loop_never_blocked(caplog):
    """调试模式下 asyncio 会记录“慢回调”；有一条就判这个测试失败。"""
    yield
    for record in caplog.get_records("call"):
        if record.name == "asyncio" and (m := SLOW_STEP.search(record.getMessage())):
            pytest.fail(
                f"{m['coro']}() 阻塞了事件循环：第 {m['line']} 行之前的代码",
                pytrace=False,
            )


async def notify(log):
    log.append("sent")


@pytest.mark.asyncio
async def test_forgot_await():
    log = []
    notify(log)  # 忘了 await：协程根本没执行
    await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_blocking_call():
    time.sleep(0.2)  # noqa: ASYNC251  在协程里用了阻塞的 sleep
    await asyncio.sleep(0)


def run_pytest(*extra):
    here = Path(__file__).resolve()
    print(f"$ python -X dev -m pytest {here.name}", *extra, flush=True)
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    args += ["-o", "asyncio_default_fixture_loop_scope=function"]
    cmd = [sys.executable, "-X", "dev", "-m", "pytest", here.name, *args, *extra]
    return subprocess.call(cmd, cwd=here.parent)


if __name__ == "__main__":
    run_pytest()  # -X dev 打开了 Python 的开发模式，但 pytest-asyncio 的循环仍是非调试模式
    print()
    raise SystemExit(run_pytest("--asyncio-debug", "-k", "blocking"))
