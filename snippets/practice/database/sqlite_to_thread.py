import asyncio
import sqlite3
import tempfile
from pathlib import Path


def insert_batch(path: Path, worker: int, rows: int) -> int:
    # sqlite3 的连接默认只能在创建它的线程里用：每次调用在自己的线程里开一个
    # timeout：别的连接正在写时，等它最多 5 秒，而不是立刻报 database is locked
    with sqlite3.connect(path, timeout=5) as conn:
        conn.executemany(
            "INSERT INTO log (worker, n) VALUES (?, ?)",
            [(worker, n) for n in range(rows)],
        )
    conn.close()  # with 只提交事务，不关闭连接
    return rows


def total(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM log").fetchone()[0]
    finally:
        conn.close()


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "app.db"
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE log (worker INTEGER, n INTEGER)")
        conn.close()

        # 阻塞的 sqlite3 调用交给线程池，事件循环不被卡住
        inserted = await asyncio.gather(
            *(asyncio.to_thread(insert_batch, path, w, 250) for w in range(4))
        )
        print("各线程插入:", inserted)
        print("表里一共:", await asyncio.to_thread(total, path))


asyncio.run(main())
