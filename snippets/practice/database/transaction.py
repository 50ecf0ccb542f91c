import asyncio

import asyncpg


async def transfer(conn: asyncpg.Connection, src: str, dst: str, amount: int) -> None:
    # 事务里的语句要么全部生效，要么（抛出异常时）全部回滚
    async with conn.transaction():
        await conn.execute(
            "UPDATE accounts SET balance = balance + $2 WHERE name = $1", dst, amount
        )
        await conn.execute(
            "UPDATE accounts SET balance = balance - $2 WHERE name = $1", src, amount
        )


async def balances(conn: asyncpg.Connection) -> dict[str, int]:
    rows = await conn.fetch("SELECT name, balance FROM accounts ORDER BY name")
    return {row["name"]: row["balance"] for row in rows}


async def main() -> None:
    conn = await asyncpg.connect()
    try:
        await conn.execute(
            "CREATE TEMP TABLE accounts"
            " (name text PRIMARY KEY, balance int NOT NULL CHECK (balance >= 0))"
        )
        await conn.executemany(
            "INSERT INTO accounts VALUES ($1, $2)", [("alice", 100), ("bob", 0)]
        )
        await transfer(conn, "alice", "bob", 30)
        print("转账 30 之后:", await balances(conn))
        try:
            # 第一条 UPDATE 已经给 bob 加了钱，第二条违反 CHECK：整个事务回滚
            await transfer(conn, "alice", "bob", 500)
        except asyncpg.CheckViolationError as exc:
            print("转账 500 失败:", type(exc).__name__)
        print("回滚之后:", await balances(conn))
    finally:
        await conn.close()


asyncio.run(main())
