import asyncio
import tempfile
import threading
from pathlib import Path

import aiosqlite


async def count_rows(
    path: Path, opened: asyncio.Barrier, before: set[threading.Thread]
) -> tuple[int, int]:
    async with aiosqlite.connect(path) as db:
        await opened.wait()  # 等 4 个连接都打开，再数新添的线程
        threads = len(set(threading.enumerate()) - before)
        async with db.execute("SELECT count(*) FROM events") as cursor:
            (count,) = await cursor.fetchone()
        return count, threads


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "app.db"
        async with aiosqlite.connect(path) as db:
            # WAL 模式：读和写可以同时进行；写仍然一次只有一个
            await db.execute("PRAGMA journal_mode=WAL")
            await db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT)")
            await db.executemany(
                "INSERT INTO events (kind) VALUES (?)", [("click",)] * 100
            )
            await db.commit()

        opened = asyncio.Barrier(4)
        # close() 不等连接的线程退出：上面那个连接的线程此刻可能还在，所以只数新添的
        before = set(threading.enumerate())
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(count_rows(path, opened, before)) for _ in range(4)]
        counts, threads = zip(*(t.result() for t in tasks))
        print("每个连接读到的行数:", list(counts))
        print("4 个连接同时打开时新添的线程:", max(threads))


asyncio.run(main())
