from gevent import monkey

monkey.patch_all()

import socket
import time

import gevent
from gevent.server import StreamServer


def handle(sock, address):
    # 每个连接由 StreamServer 在一个新 greenlet 里调用；写法和阻塞式 socket 代码一样
    with sock, sock.makefile("rb") as rfile:
        for line in rfile:
            gevent.sleep(0.1)  # 模拟慢速处理（比如查数据库）
            sock.sendall(line.upper())


def client(port, word):
    # socket 已被打补丁：connect/recv 会让出控制权，而不是阻塞整个进程
    with socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(word.encode() + b"\n")
        return conn.makefile("rb").readline().decode().strip()


server = StreamServer(("127.0.0.1", 0), handle)  # 端口 0：由系统分配
server.start()
port = server.address[1]

start = time.perf_counter()
jobs = [gevent.spawn(client, port, w) for w in ["alpha", "beta", "gamma", "delta"]]
gevent.joinall(jobs, timeout=2)
elapsed = time.perf_counter() - start
print([job.value for job in jobs])
# 一个接一个处理至少要 4 x 0.1s；同时处理只比 0.1s 多出连接和调度的开销
print(f"4 个请求，每个处理 0.1s，共用时 {elapsed:.2f}s")
print("比逐个处理（至少 0.4s）快:", elapsed < 0.4)
server.stop()
