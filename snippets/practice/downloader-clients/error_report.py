import asyncio
import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
        # /item/3 -> 200，/status/500 -> 500，/slow -> 0.6 秒后才回答
        if self.path == "/slow":
            time.sleep(0.6)
        kind, _, arg = self.path.strip("/").partition("/")
        status = int(arg) if kind == "status" else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

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


def caused_by(exc, kind):
    """沿着 __cause__/__context__ 往下找，链上有没有 kind 类型的异常。"""
    while exc is not None:
        if isinstance(exc, kind):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def classify(exc):
    if exc is None:
        return "ok"
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return "timeout"
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, httpx.ConnectError) and caused_by(exc, ConnectionRefusedError):
        return "connection refused"
    return f"other: {type(exc).__name__}"


ORDER = ["ok", "timeout", "HTTP", "connection refused", "other"]


def sort_key(category):  # 固定的类别顺序；同类按字符串排（HTTP 404 在 HTTP 500 前）
    rank = next(i for i, prefix in enumerate(ORDER) if category.startswith(prefix))
    return rank, category


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # 关掉之后，这个端口上没人监听


async def fetch(client, url):
    response = await client.get(url)
    response.raise_for_status()  # 4xx/5xx 变成 HTTPStatusError
    return response


async def main(base):
    paths = [f"/item/{i}" for i in range(6)]
    paths += ["/status/500", "/slow", "/status/404", "/status/403", "/status/429"]
    jobs = {path: base + path for path in paths}
    jobs["关闭的端口"] = f"http://127.0.0.1:{closed_port()}/"
    async with httpx.AsyncClient(timeout=httpx.Timeout(1.0, read=0.3)) as client:
        # return_exceptions=True：异常当作结果返回，一个失败不影响其他
        results = await asyncio.gather(
            *(fetch(client, url) for url in jobs.values()), return_exceptions=True
        )
    table = {}
    for name, result in zip(jobs, results):
        exc = result if isinstance(result, BaseException) else None
        table.setdefault(classify(exc), []).append(name)
    print(f"{'类别':<18}数量  例子")  # 一个汉字占两列
    for category in sorted(table, key=sort_key):
        names = table[category]
        more = " …" if len(names) > 3 else ""
        print(f"{category:<20}{len(names):>4}  {', '.join(names[:3])}{more}")


with serve(Handler) as base:
    asyncio.run(main(base))
