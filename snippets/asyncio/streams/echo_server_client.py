import asyncio

handlers = set()  # 正在处理连接的任务


async def handle_echo(reader, writer):
    # 每个新连接都会在一个新任务里调用一次这个回调
    handlers.add(asyncio.current_task())
    peer = writer.get_extra_info("peername")
    print(f"server: accepted a connection from {peer[0]}")
    while True:
        line = await reader.readline()  # 对端关闭（EOF）时返回 b""
        if not line:
            break
        writer.write(line.upper())  # write() 只是放进缓冲区，不会阻塞
        await writer.drain()  # 缓冲区太满时在这里等待，实现背压
    writer.close()
    await writer.wait_closed()


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for word in words:
        writer.write(f"{name}: {word}\n".encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()  # 关闭写端并释放传输
    await writer.wait_closed()  # 等到连接真正关闭
    return replies


async def main():
    # port=0：让操作系统挑一个空闲端口，再从监听套接字读出真实端口
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print(f"serving on {host}:{port}")

    async with server:  # 退出时 close() 并 wait_closed()
        results = await asyncio.gather(
            client(port, "alice", ["hello", "bye"]),
            client(port, "bob", ["ping"]),
        )
        await asyncio.gather(*handlers)  # 等服务端处理任务收尾（见下文“优雅关闭”）
    for replies in results:
        print(replies)
    print("server closed:", not server.is_serving())


asyncio.run(main())
