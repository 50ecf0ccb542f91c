import asyncio

import asyncpg


async def main() -> None:
    # 不写参数：asyncpg 读环境变量 PGHOST、PGPORT、PGUSER、PGDATABASE（和 psql 一样）
    conn = await asyncpg.connect()
    try:
        major = await conn.fetchval("SHOW server_version_num")
        print("PostgreSQL 主版本 >= 13:", int(major) // 10000 >= 13)
        await conn.execute(
            "CREATE TEMP TABLE books (id serial PRIMARY KEY, title text)"
        )
        # 参数用 $1、$2 占位，由驱动传给服务器，不拼进 SQL 字符串
        await conn.executemany(
            "INSERT INTO books (title) VALUES ($1)",
            [("流畅的 Python",), ("Python 并发编程",), ("操作系统导论",)],
        )
        rows = await conn.fetch(
            "SELECT id, title FROM books WHERE id > $1 ORDER BY id", 1
        )
        for row in rows:
            print(row["id"], row["title"])
    finally:
        await conn.close()


asyncio.run(main())
