import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import pytest_asyncio


@pytest.fixture(autouse=True)
def no_leaked_threads():
    before = set(threading.enumerate())
    yield
    extra = [t for t in threading.enumerate() if t not in before]
    for thread in extra:
        thread.join(timeout=0.5)  # 正在退出的线程给它一点时间
    leaked = [t.name for t in extra if t.is_alive()]
    if leaked:
        pytest.fail(f"测试结束后线程还在运行: {leaked}", pytrace=False)


@pytest_asyncio.fixture
async def no_leaked_tasks():
    yield
    leaked = asyncio.all_tasks() - {asyncio.current_task()}
    for task in leaked:
        task.cancel()  # 报告之后顺手清理，免得影响别的测试
    await asyncio.gather(*leaked, return_exceptions=True)
    if leaked:
        names = sorted(task.get_name() for task in leaked)
        pytest.fail(f"测试结束后任务还没完成: {names}", pytrace=False)


def test_thread_joined():
    worker = threading.Thread(target=sum, args=(range(1000),), name="summer")
    worker.start()
    worker.join()


def test_thread_leaked():
    stop = threading.Event()
    # 忘了 stop.set() 和 join()；这里限时 2 秒，只是为了让示例进程能结束
    threading.Thread(target=stop.wait, args=(2,), name="poller", daemon=True).start()


@pytest.mark.asyncio
async def test_task_awaited(no_leaked_tasks):
    task = asyncio.create_task(asyncio.sleep(0.01), name="tick")
    await task


@pytest.mark.asyncio
async def test_task_leaked(no_leaked_tasks):
    asyncio.create_task(asyncio.sleep(10), name="heartbeat")  # 创建了就不管了


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
