"""tg.start()：等服务器真正开始监听、报告端口之后，再去连接它。"""

import anyio
from anyio.abc import SocketAttribute, SocketStream, TaskStatus


async def handle(client: SocketStream) -> None:
    async with client:
        request = await client.receive()
        await client.send(b"echo: " + request)


async def echo_server(*, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED):
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    async with listener:
        port = listener.extra(SocketAttribute.local_port)
        task_status.started(port)  # 到这里才算“就绪”，start() 随即返回 port
        await listener.serve(handle)  # 一直接受连接，直到被取消


async def talk(port: int, name: str, replies: dict[str, str]) -> None:
    async with await anyio.connect_tcp("127.0.0.1", port) as stream:
        await stream.send(name.encode())
        replies[name] = (await stream.receive()).decode()


async def main() -> None:
    replies: dict[str, str] = {}
    async with anyio.create_task_group() as tg:
        port = await tg.start(echo_server)
        print("服务器已就绪，端口:", port)
        async with anyio.create_task_group() as clients:
            for name in ("alice", "bob", "carol"):
                clients.start_soon(talk, port, name, replies)
        # 客户端都结束了；服务器还在 serve()，取消整个任务组让它停下
        tg.cancel_scope.cancel()
    for name in sorted(replies):
        print(f"{name} 收到: {replies[name]}")
    print("任务组正常退出，cancelled_caught =", tg.cancel_scope.cancelled_caught)


anyio.run(main)
