import asyncio

import asyncpg

WORKERS = 10


async def add_one_racy(pool: asyncpg.Pool) -> None:
    async with pool.acquire() as conn, conn.transaction():
        # 先读、再算、再写：两次往返之间别的连接也读到了同一个旧值
        value = await conn.fetchval("SELECT value FROM counter WHERE id = 1")
        await asyncio.sleep(0.05)  # 应用里的计算；让交错一定发生
        await conn.execute("UPDATE counter SET value = $1 WHERE id = 1", value + 1)


async def add_one_locked(pool: asyncpg.Pool) -> None:
    async with pool.acquire() as conn, conn.transaction():
        # FOR UPDATE 锁住这一行，别的事务读它时要等这个事务提交
        value = await conn.fetchval("SELECT value FROM counter WHERE id = 1 FOR UPDATE")
        await asyncio.sleep(0.05)
        await conn.execute("UPDATE counter SET value = $1 WHERE id = 1", value + 1)


async def add_one_atomic(pool: asyncpg.Pool) -> None:
    # 让数据库自己做读-改-写：一条语句，不需要显式加锁
    await pool.execute("UPDATE counter SET value = value + 1 WHERE id = 1")


async def run(pool: asyncpg.Pool, add_one) -> int:
    await pool.execute("UPDATE counter SET value = 0 WHERE id = 1")
    async with asyncio.TaskGroup() as tg:
        for _ in range(WORKERS):
            tg.create_task(add_one(pool))
    return await pool.fetchval("SELECT value FROM counter WHERE id = 1")


async def main() -> None:
    async with asyncpg.create_pool(min_size=WORKERS, max_size=WORKERS) as pool:
        await pool.execute("DROP TABLE IF EXISTS counter")
        await pool.execute("CREATE TABLE counter (id int PRIMARY KEY, value int)")
        await pool.execute("INSERT INTO counter VALUES (1, 0)")
        try:
            for add_one in (add_one_racy, add_one_locked, add_one_atomic):
                value = await run(pool, add_one)
                print(f"{add_one.__name__}: {WORKERS} 次加一之后是 {value}")
                print("  丢失了更新:", value < WORKERS)
        finally:
            await pool.execute("DROP TABLE counter")


asyncio.run(main())
