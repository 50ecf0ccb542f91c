import asyncio

connections = {}  # 处理任务 -> StreamWriter，记录所有活动连接


async def handle(reader, writer):
    connections[asyncio.current_task()] = writer
    try:
        while line := await reader.readline():
            writer.write(b"echo: " + line)
            await writer.drain()
    finally:
        del connections[asyncio.current_task()]
        writer.close()
        await writer.wait_closed()
    print("server: handler finished")


async def main():
    # start_server() 返回时已经在监听；这里不调用 serve_forever()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    # 一个客户端连上来，发完一行后就一直挂着不走
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hi\n")
    print("client got:", await reader.readline())

    # 1. 停止监听：不再接受新连接，已有连接照常工作
    server.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("new connection refused")
    writer.write(b"still here\n")
    print("client got:", await reader.readline())

    # 2. 通知并关闭仍然活动的连接，等处理任务收尾
    for w in connections.values():
        w.write(b"server shutting down\n")
        w.close()
    await asyncio.gather(*connections)
    print("client got:", await reader.readline())
    print("client got:", await reader.readline())  # b"" 表示对端已关闭
    writer.close()
    await writer.wait_closed()

    # 3. 连接都已断开，wait_closed() 随即返回
    await server.wait_closed()
    print("server closed, active connections:", len(connections))


asyncio.run(main())
