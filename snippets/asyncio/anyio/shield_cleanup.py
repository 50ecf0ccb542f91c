"""清理代码里的 await：anyio 要用 CancelScope(shield=True) 保护，asyncio 不用。"""

import asyncio

import anyio


class Connection:
    """一个假的连接：关闭时要 await 一次（比如给对端发告别消息）。"""

    def __init__(self) -> None:
        self.closed = False

    async def aclose(self) -> None:
        await anyio.sleep(0.05)
        self.closed = True


async def use(conn: Connection, shielded: bool) -> None:
    try:
        await anyio.sleep(1)  # 正在干活时，外层的期限到了
    finally:
        if shielded:
            # 屏蔽外层取消；再给清理本身设 0.5 秒的上限，免得它卡死
            with anyio.move_on_after(0.5, shield=True):
                await conn.aclose()
        else:
            await conn.aclose()  # 作用域仍处于取消状态，这个 await 立刻被取消


async def anyio_version(shielded: bool) -> bool:
    conn = Connection()
    with anyio.move_on_after(0.1):
        await use(conn, shielded)
    return conn.closed


async def asyncio_version() -> bool:
    conn = Connection()
    try:
        async with asyncio.timeout(0.1):
            await use(conn, shielded=False)
    except TimeoutError:
        pass
    return conn.closed


async def main() -> None:
    print("anyio，不加 shield，连接关上了:", await anyio_version(shielded=False))
    print("anyio，加 shield，连接关上了:", await anyio_version(shielded=True))
    print("asyncio.timeout，不加 shield，连接关上了:", await asyncio_version())


anyio.run(main)
