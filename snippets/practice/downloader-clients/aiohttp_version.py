import asyncio
import collections
import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp

LATENCY = 0.1  # 服务器每个请求固定耽搁 0.1 秒
N = 25
CAP = 5


class Gauge:
    """服务器这一侧看到的：同时在处理的请求数，以及它到过的最大值。"""

    def __init__(self):
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0

    def __enter__(self):
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def __exit__(self, *exc_info):
        with self.lock:
            self.now -= 1


in_flight = Gauge()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
        with in_flight:
            time.sleep(1.0 if self.path == "/slow" else LATENCY)
        body = self.path.encode()
        self.send_response(404 if self.path == "/missing" else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle(self):
        try:
            super().handle()
        except ConnectionError:
            pass  # 客户端先断开了（比如它超时了），不算服务器的错

    def log_message(self, format, *args):
        pass  # 不在 stderr 上打印访问日志


class Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() 会等所有处理线程结束
    request_queue_size = 128  # listen 队列；默认只有 5


@contextlib.contextmanager
def serve(handler):
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def classify(exc):
    if exc is None:
        return "ok"
    if isinstance(exc, TimeoutError):  # aiohttp 的超时异常都是 TimeoutError 的子类
        return "timeout"
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"HTTP {exc.status}"
    if isinstance(exc, aiohttp.ClientConnectorError) and isinstance(
        exc.os_error, ConnectionRefusedError
    ):
        return "connection refused"
    return f"other: {type(exc).__name__}"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # 关掉之后，这个端口上没人监听


async def fetch(session, url):
    async with session.get(url) as response:
        response.raise_for_status()  # 4xx/5xx 变成 ClientResponseError
        return await response.read()  # 在 async with 里面读完正文


async def download_all(urls, timeout):
    connector = aiohttp.TCPConnector(limit=CAP)  # 整个会话最多 5 个连接
    # 退出 async with 时关闭会话，会话再关闭它拥有的 connector
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await fetch(session, urls[0])  # 热身
        in_flight.peak = 0
        results = await asyncio.gather(
            *(fetch(session, url) for url in urls), return_exceptions=True
        )
    exceptions = [r if isinstance(r, BaseException) else None for r in results]
    return collections.Counter(map(classify, exceptions))


async def main(base):
    urls = [f"{base}/item/{i}" for i in range(N)]
    extra = [f"{base}/slow", f"{base}/missing", f"http://127.0.0.1:{closed_port()}/"]
    # total=None：不限总时长；连接 1 秒，两次读之间最多 0.5 秒
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=1, sock_read=0.5)
    counts = await download_all(urls + extra, timeout)
    print("按类别:", sorted(counts.items()))
    print("服务器看到的峰值 =", in_flight.peak)

    # total 从调用 get() 就开始计时：在 connector 里排队等连接的时间也算在内
    rounds = N // CAP
    counts = await download_all(urls, aiohttp.ClientTimeout(total=0.45))
    print(f"total=0.45，{N} 个请求要 {rounds} 轮（每轮 {LATENCY} 秒）")
    print("  前面的请求成功了:", counts["ok"] > 0)
    print("  排在后面的请求超时了:", counts["timeout"] > 0)


with serve(Handler) as base:
    asyncio.run(main(base))
