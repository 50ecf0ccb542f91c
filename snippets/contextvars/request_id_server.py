import asyncio
from contextvars import ContextVar

client_name = ContextVar("client_name", default="?")
handlers = set()


def render_reply(line):
    # 不用把连接信息层层传参：直接从上下文变量读“当前连接”是谁
    return f"to {client_name.get()}: {line.upper()}\n".encode()


async def handle(reader, writer):
    # start_server 为每个连接创建一个新任务，每个任务有自己的上下文副本
    handlers.add(asyncio.current_task())
    client_name.set((await reader.readline()).decode().strip())  # 第一行：自报姓名
    while line := (await reader.readline()).decode().strip():
        await asyncio.sleep(0.01)  # 处理期间，其他连接的任务也在运行、也在 set()
        writer.write(render_reply(line))
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    replies = []
    for word in words:
        writer.write(f"{word}\n".encode())
        replies.append((await reader.readline()).decode().strip())
    writer.write(b"\n")  # 空行：告诉服务端说完了
    await reader.read()  # 读到 EOF：服务端已关闭连接
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        replies = await asyncio.gather(
            client(port, "alice", ["a", "b", "c"]),
            client(port, "bob", ["x", "y"]),
            client(port, "carol", ["z"]),
        )
        await asyncio.gather(*handlers)
    for r in replies:
        print(r)
    print("outside any connection:", client_name.get())


asyncio.run(main())
