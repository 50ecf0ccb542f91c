import asyncio
import unittest


async def upper_echo(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def close_writer(writer):
    writer.close()
    await writer.wait_closed()


class EchoServerTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        # 每个测试都有自己的事件循环：服务端在这个循环里启动
        self.server = await asyncio.start_server(upper_echo, "127.0.0.1", 0)
        self.addAsyncCleanup(self.stop_server)  # 注册之后，后面哪一步失败它都会执行
        host, port = self.server.sockets[0].getsockname()[:2]
        self.reader, self.writer = await asyncio.open_connection(host, port)

    async def asyncTearDown(self):
        await close_writer(self.writer)

    async def stop_server(self):
        self.server.close()
        await self.server.wait_closed()

    async def test_echo(self):
        self.writer.write(b"hello\n")
        self.assertEqual(await self.reader.readline(), b"HELLO\n")

    async def test_two_clients(self):
        host, port = self.server.sockets[0].getsockname()[:2]
        reader2, writer2 = await asyncio.open_connection(host, port)
        self.addAsyncCleanup(close_writer, writer2)  # 后注册的先执行
        self.writer.write(b"one\n")
        writer2.write(b"two\n")
        lines = await asyncio.gather(self.reader.readline(), reader2.readline())
        self.assertEqual(lines, [b"ONE\n", b"TWO\n"])

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.1):
                await self.reader.readline()  # 没有发送任何数据：永远等不到


if __name__ == "__main__":
    unittest.main(verbosity=2)
