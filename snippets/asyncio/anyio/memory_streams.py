"""内存对象流：asyncio.Queue 的 anyio 对应物；关掉所有发送端，消费者的 async for 就结束。"""

import anyio
from anyio.abc import ObjectReceiveStream, ObjectSendStream


async def producer(name: str, count: int, send: ObjectSendStream[str]) -> None:
    async with send:  # 退出时关闭自己这一个发送端
        for i in range(count):
            await send.send(f"{name}-{i}")


async def consumer(receive: ObjectReceiveStream[str], got: list[str]) -> None:
    async with receive:
        async for item in receive:  # 所有发送端都关闭、缓冲取空后结束
            got.append(item)
    print("消费者：发送端都关了，async for 结束")


async def main() -> None:
    send, receive = anyio.create_memory_object_stream[str](max_buffer_size=2)
    got: list[str] = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(consumer, receive, got)
        async with send:  # 原始的发送端只用来 clone()，用完就关
            tg.start_soon(producer, "a", 3, send.clone())
            tg.start_soon(producer, "b", 2, send.clone())
    print("收到:", sorted(got))

    # 对面关闭之后再用，会得到明确的异常，而不是永远等下去
    send, receive = anyio.create_memory_object_stream[str]()
    print("默认 max_buffer_size:", send.statistics().max_buffer_size)
    try:
        send.send_nowait("x")  # 缓冲为 0：没有人正在 receive() 就放不进去
    except anyio.WouldBlock:
        print("缓冲为 0 时 send_nowait() 抛出 WouldBlock")
    send.close()
    try:
        await receive.receive()
    except anyio.EndOfStream:
        print("发送端已关闭，receive() 抛出 EndOfStream")
    receive.close()

    send, receive = anyio.create_memory_object_stream[str](1)
    receive.close()
    try:
        await send.send("x")
    except anyio.BrokenResourceError:
        print("接收端已关闭，send() 抛出 BrokenResourceError")
    send.close()


anyio.run(main)
