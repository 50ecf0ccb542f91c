import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_asyncio


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


@pytest_asyncio.fixture
async def echo_server():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[:2]
    server.close()
    await server.wait_closed()


@pytest.mark.asyncio
async def test_echo(echo_server):
    reader, writer = await asyncio.open_connection(*echo_server)
    writer.write(b"hello\n")
    assert await reader.readline() == b"HELLO\n"
    writer.close()
    await writer.wait_closed()


@pytest.mark.asyncio
async def test_two_clients_at_once(echo_server):
    async def round_trip(text):
        reader, writer = await asyncio.open_connection(*echo_server)
        writer.write(text.encode() + b"\n")
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
        return reply

    assert await asyncio.gather(round_trip("a"), round_trip("b")) == [b"A\n", b"B\n"]


if __name__ == "__main__":
    # 相当于在本文件所在目录运行 python -m pytest 本文件 -q ...
    here = Path(__file__).resolve()
    args = ["-q", "-p", "no:cacheprovider", "--tb=short"]
    args += ["-c", os.devnull, "--rootdir", "."]  # 不读任何配置文件，根目录就是这里
    cmd = [sys.executable, "-m", "pytest", here.name, *args]
    raise SystemExit(subprocess.call(cmd, cwd=here.parent))
