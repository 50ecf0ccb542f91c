import asyncio

handlers = set()


async def send_frames(reader, writer):
    handlers.add(asyncio.current_task())
    # 服务端：先发一行头部（长度），再发正好那么多字节的正文
    for body in [b"hello", b"asyncio"]:
        writer.write(b"%d\n" % len(body) + body)
    # 最后一帧故意只发一半就关闭连接
    writer.write(b"10\n" + b"oops")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_frames, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while True:
            header = await reader.readline()  # 读到 b"\n" 为止（含换行）
            if not header:  # EOF
                print("EOF, at_eof() =", reader.at_eof())
                break
            size = int(header)
            try:
                body = await reader.readexactly(size)  # 不多不少正好 size 字节
            except asyncio.IncompleteReadError as e:
                print(f"incomplete: expected {e.expected}, got {e.partial!r}")
                continue
            print(f"frame of {size} bytes: {body!r}")
        writer.close()
        await writer.wait_closed()
        await asyncio.gather(*handlers)


asyncio.run(main())
