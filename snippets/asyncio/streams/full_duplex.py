import asyncio


async def receive(reader, who, log):
    # 一直读到对端调用 write_eof()/close()，read() 返回 b"" 为止
    while data := await reader.readline():
        log.append(f"{who} got {data.decode().strip()!r}")


async def send(writer, who, count):
    for i in range(count):
        writer.write(f"{who} #{i}\n".encode())
        await writer.drain()
        await asyncio.sleep(0.01)
    writer.write_eof()  # 半关闭：告诉对端“我不再发了”，但还能继续读


async def peer(reader, writer, who, log):
    # 同一个连接上，读和写是两个并发的任务
    await asyncio.gather(receive(reader, who, log), send(writer, who, 3))
    writer.close()
    await writer.wait_closed()


async def main():
    server_log, client_log = [], []
    server_done = asyncio.Event()

    async def on_connect(reader, writer):
        await peer(reader, writer, "server", server_log)
        server_done.set()

    # 先 await start_server()：返回时服务器已在监听，客户端再连接就不会被拒绝
    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await peer(reader, writer, "client", client_log)
        await server_done.wait()  # 3.12.1 之前 async with 退出时不等处理协程
    print(*server_log, *client_log, sep="\n")


asyncio.run(main())
