import asyncio


async def handle(reader, writer):
    try:
        while line := await reader.readline():
            writer.write(line)
            await writer.drain()
    finally:
        print("server: handler finished")
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # 两个客户端连上后什么都不做，连接一直保持
    clients = [await asyncio.open_connection("127.0.0.1", port) for _ in range(2)]
    await asyncio.sleep(0.05)  # 让服务端接受这两个连接

    server.close()  # 先停止监听，避免关闭过程中又有新连接进来
    server.close_clients()  # 3.13 新增：关闭所有已接受的连接
    # 3.12.1 起 wait_closed() 会等所有连接都断开；这里它很快就能返回
    await asyncio.wait_for(server.wait_closed(), timeout=1)
    print("server closed")

    for reader, writer in clients:
        print("client read:", await reader.read())  # b""：连接已被服务端关闭
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
