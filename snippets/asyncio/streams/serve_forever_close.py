import asyncio

handlers = set()


async def handle(reader, writer):
    handlers.add(asyncio.current_task())
    while line := await reader.readline():
        writer.write(b"echo: " + line)
        await writer.drain()
    print("server: handler saw EOF")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    serve_task = asyncio.create_task(server.serve_forever())

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hi\n")
    print("client got:", await reader.readline())

    # serve_forever() 运行期间调用 close()（效果同取消 serve_task）
    server.close()
    await asyncio.sleep(0.1)  # 给 serve_forever() 时间做完它的收尾
    writer.write(b"still here\n")
    print("client got:", await reader.readline())  # 连接还在吗？

    writer.close()
    await writer.wait_closed()
    await asyncio.gather(*handlers)
    try:
        await serve_task
    except asyncio.CancelledError:
        print("serve_forever() ended with CancelledError")


asyncio.run(main())
