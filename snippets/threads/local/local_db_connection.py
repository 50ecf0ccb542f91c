import sqlite3
import threading

_local = threading.local()
opened = []
opened_lock = threading.Lock()


def get_connection():
    # 每个线程第一次调用时创建自己的连接，之后复用
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE log (msg TEXT)")
        _local.conn = conn
        with opened_lock:
            opened.append(conn)
    return conn


counts = {}


def worker(name):
    try:
        for i in range(3):
            get_connection().execute("INSERT INTO log VALUES (?)", (f"{name}-{i}",))
        (counts[name],) = (
            get_connection().execute("SELECT COUNT(*) FROM log").fetchone()
        )
    finally:
        conn = getattr(_local, "conn", None)
        if conn is not None:
            conn.close()  # 线程结束前关闭自己的连接


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("每个线程看到的行数:", dict(sorted(counts.items())))
print("一共创建的连接数:", len(opened))

# 反例：把一个连接交给别的线程使用，sqlite3 默认会拒绝
shared = sqlite3.connect(":memory:")
errors = []


def misuse():
    try:
        shared.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        errors.append(type(e).__name__)


t = threading.Thread(target=misuse)
t.start()
t.join()
shared.close()
print("跨线程使用同一个连接:", errors)
