import os
import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from anyio.abc import SocketAttribute


async def upper_echo(stream):
    async with stream:
        async for chunk in stream:
            await stream.send(chunk.upper())


@pytest.fixture
def anyio_backend():
    return "asyncio"  # 只在 asyncio 上跑（默认：每个装了的后端各跑一遍）


@pytest.fixture
async def echo_address():
    # 普通的 @pytest.fixture：被 anyio 测试用到时由 anyio 插件运行
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, upper_echo)
        yield listener.extra(SocketAttribute.local_address)
        tg.cancel_scope.cancel()  # 测试结束：停掉服务端


@pytest.mark.anyio
async def test_echo(echo_address):
    host, port = echo_address
    async with await anyio.connect_tcp(host, port) as client:
        await client.send(b"hello")
        assert await client.receive() == b"HELLO"


@pytest.mark.anyio
async def test_fail_after():
    with pytest.raises(TimeoutError):
        with anyio.fail_after(0.1):
            await anyio.sleep(10)


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
