import asyncio

import asyncpg


async def main() -> None:
    conn = await asyncpg.connect()
    try:
        # 一个连接同一时刻只能执行一条语句：两个任务共用它，后到的那个立刻失败
        results = await asyncio.gather(
            conn.fetchval("SELECT pg_sleep(0.1)"),
            conn.fetchval("SELECT 2"),
            return_exceptions=True,
        )
        for result in results:
            print(type(result).__name__, result)
    finally:
        await conn.close()


asyncio.run(main())
