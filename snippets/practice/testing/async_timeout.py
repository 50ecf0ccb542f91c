import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest


async def ping(requests, replies):
    await requests.put("ping")
    return await replies.get()


async def responder(requests, replies, *, answer):
    while True:
        request = await requests.get()
        if answer:
            await replies.put(request.replace("i", "o"))


@pytest.mark.parametrize("answer", [True, False], ids=["answers", "silent"])
@pytest.mark.asyncio
async def test_ping(answer):
    requests, replies = asyncio.Queue(), asyncio.Queue()
    server = asyncio.create_task(responder(requests, replies, answer=answer))
    try:
        # 等不到回复就在 0.5 秒时失败，而不是挂住整个测试
        async with asyncio.timeout(0.5):
            assert await ping(requests, replies) == "pong"
    finally:
        server.cancel()


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
