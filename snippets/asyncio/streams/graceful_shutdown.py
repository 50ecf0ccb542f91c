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
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    serve_task = asyncio.create_task(server.serve_forever())

    # 一个客户端连上来，发完一行后就一直挂着不走
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hi\n")
    print("client got:", await reader.readline())

    # 1. 停止监听：不再接受新连接，但已有连接不受影响
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

    # 3. 等服务器彻底关闭；serve_forever() 随 close() 结束
    await server.wait_closed()
    try:
        await serve_task
    except asyncio.CancelledError:
        print("serve_forever() cancelled, active connections:", len(connections))


asyncio.run(main())
