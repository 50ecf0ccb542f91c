import asyncio
import time

import asyncpg


async def running_sleeps(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE state = 'active' AND query LIKE 'SELECT pg_sleep%'"
    )


async def main() -> None:
    conn = await asyncpg.connect()
    watcher = await asyncpg.connect()  # 另一个连接，用来看服务器上正在跑什么
    try:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(0.2):
                await conn.execute("SELECT pg_sleep(5)")
        except TimeoutError:
            # 取消 await 时，asyncpg 另开一个连接向服务器发取消请求，不等它生效
            print("0.2 秒后超时，没有等满 5 秒:", time.perf_counter() - started < 2)
        # 这个连接上的下一条查询先等取消完成，所以它返回时服务器上的 pg_sleep 已经停了
        print("连接还能用:", await conn.fetchval("SELECT 1") == 1)
        print("服务器上还在执行的 pg_sleep:", await running_sleeps(watcher))
    finally:
        await watcher.close()
        await conn.close()


asyncio.run(main())
