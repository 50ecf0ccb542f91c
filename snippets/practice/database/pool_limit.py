import asyncio
import time

import asyncpg

QUERIES = 20
POOL_SIZE = 5
QUERY_SECONDS = 0.1  # 每个查询在服务器上睡这么久，模拟一个慢查询


async def main() -> None:
    in_flight = peak = 0

    async def slow_query(pool: asyncpg.Pool) -> None:
        nonlocal in_flight, peak
        # acquire() 在池里的连接都被借走时等待：池的大小就是数据库上的并发上限
        async with pool.acquire() as conn:
            in_flight += 1
            peak = max(peak, in_flight)
            await conn.execute("SELECT pg_sleep($1)", QUERY_SECONDS)
            in_flight -= 1

    async with asyncpg.create_pool(min_size=1, max_size=POOL_SIZE) as pool:
        started = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for _ in range(QUERIES):
                tg.create_task(slow_query(pool))
        elapsed = time.perf_counter() - started

    rounds = QUERIES // POOL_SIZE
    print(f"{QUERIES} 个查询，连接池最多 {POOL_SIZE} 个连接")
    print("同时在数据库上执行的查询最多:", peak)
    print(
        f"至少要 {rounds} 轮（>= {rounds * QUERY_SECONDS:.1f} 秒）:",
        elapsed >= rounds * QUERY_SECONDS,
    )
    print(
        f"比逐个执行（{QUERIES * QUERY_SECONDS:.1f} 秒）快:",
        elapsed < QUERIES * QUERY_SECONDS / 2,
    )


asyncio.run(main())
