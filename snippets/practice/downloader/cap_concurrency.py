import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

LATENCY = 0.1  # 服务器每个请求固定耽搁 0.1 秒
N = 20
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
            time.sleep(LATENCY)
        body = self.path.encode()
        self.send_response(200)
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


async def download_all(urls, limits, semaphore=None):
    async with httpx.AsyncClient(limits=limits) as client:
        await client.get(urls[0])  # 热身：第一个请求有一次性的开销
        in_flight.peak = 0

        async def fetch(url):
            if semaphore is None:
                return (await client.get(url)).text
            async with semaphore:  # 拿到名额才发请求
                return (await client.get(url)).text

        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(url)) for url in urls]
        elapsed = time.perf_counter() - start
    assert len(tasks) == len(urls) and all(t.result() for t in tasks)
    return in_flight.peak, elapsed


async def main(base):
    urls = [f"{base}/item/{i}" for i in range(N)]
    default = httpx.Limits()  # 默认 max_connections=100
    peak, _ = await download_all(urls, default)
    print(f"不设上限：服务器看到的峰值 > {CAP}:", peak > CAP)

    peak, elapsed = await download_all(urls, default, asyncio.Semaphore(CAP))
    print("Semaphore(5)：服务器看到的峰值 =", peak)
    print(f"  至少要 {N // CAP} 轮:", elapsed >= N / CAP * LATENCY)

    peak, elapsed = await download_all(urls, httpx.Limits(max_connections=CAP))
    print("Limits(max_connections=5)：服务器看到的峰值 =", peak)
    print(f"  至少要 {N // CAP} 轮:", elapsed >= N / CAP * LATENCY)


with serve(Handler) as base:
    asyncio.run(main(base))
