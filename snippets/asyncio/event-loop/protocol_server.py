import asyncio


class UpperServer(asyncio.Protocol):
    """每个连接一个协议实例；循环在事件发生时调用这些方法（都是普通函数）。"""

    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made")

    def data_received(self, data):
        self.transport.write(data.upper())  # 写入传输层缓冲区，由循环负责发送

    def eof_received(self):
        print("server: got EOF")
        return False  # 返回假值：传输层随后自行关闭

    def connection_lost(self, exc):
        print("server: connection lost, exc =", exc)


class Client(asyncio.Protocol):
    def __init__(self, message, done):
        self.message, self.done, self.received = message, done, b""

    def connection_made(self, transport):
        transport.write(self.message)
        transport.write_eof()  # 发完就半关闭

    def data_received(self, data):
        self.received += data

    def connection_lost(self, exc):
        self.done.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(UpperServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:  # 退出时关闭服务器
        serving = asyncio.create_task(server.serve_forever())
        done = loop.create_future()
        await loop.create_connection(lambda: Client(b"hi", done), "127.0.0.1", port)
        print("client got:", await done)

        serving.cancel()  # serve_forever() 只能靠取消（或 close()）结束
        try:
            await serving
        except asyncio.CancelledError:
            print("serve_forever cancelled, is_serving:", server.is_serving())


asyncio.run(main())
