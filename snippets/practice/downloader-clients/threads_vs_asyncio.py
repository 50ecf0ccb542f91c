import asyncio
import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp
import httpx

N = 120
CAP = 20  # 线程数 / 最大连接数


def latency(i):  # /item/i 的延迟：0.05、0.06、…、0.10 秒轮流
    return 0.05 + (i % 6) * 0.01


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
            time.sleep(latency(int(self.path.rsplit("/", 1)[1])))
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


def with_threads(urls):
    limits = httpx.Limits(max_connections=CAP)
    # httpx.Client 可以在线程间共享：一个连接池，CAP 个连接
    with httpx.Client(limits=limits) as client, ThreadPoolExecutor(CAP) as pool:
        client.get(urls[0])  # 热身
        in_flight.peak = 0
        start = time.perf_counter()
        texts = list(pool.map(lambda url: client.get(url).text, urls))
        return texts, time.perf_counter() - start


async def with_asyncio(urls):
    limits = httpx.Limits(max_connections=CAP)
    async with httpx.AsyncClient(limits=limits) as client:
        await client.get(urls[0])  # 热身
        in_flight.peak = 0
        semaphore = asyncio.Semaphore(CAP)

        async def fetch(url):
            async with semaphore:
                return (await client.get(url)).text

        start = time.perf_counter()
        texts = await asyncio.gather(*(fetch(url) for url in urls))
        return texts, time.perf_counter() - start


async def with_aiohttp(urls):
    connector = aiohttp.TCPConnector(limit=CAP)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def fetch(url):
            async with session.get(url) as response:
                return await response.text()

        await fetch(urls[0])  # 热身
        in_flight.peak = 0
        start = time.perf_counter()
        texts = await asyncio.gather(*(fetch(url) for url in urls))
        return texts, time.perf_counter() - start


with serve(Handler) as base:
    urls = [f"{base}/item/{i}" for i in range(N)]
    runs = {}  # 名字 -> (结果, 用时, 服务器看到的峰值)
    for name, run in [
        ("线程池 + httpx.Client", with_threads),
        ("asyncio + httpx.AsyncClient", lambda urls: asyncio.run(with_asyncio(urls))),
        ("asyncio + aiohttp", lambda urls: asyncio.run(with_aiohttp(urls))),
    ]:
        texts, elapsed = run(urls)
        runs[name] = texts, elapsed, in_flight.peak

sequential_bound = sum(latency(i) for i in range(N))  # 逐个下载至少要这么久
capped_bound = sequential_bound / CAP  # 同时最多 CAP 个，再快也快不过这个
print(f"{N} 个请求，逐个下载至少要 {sequential_bound:.1f} 秒；并发上限 {CAP}")
print("三种方式结果相同:", len({tuple(texts) for texts, _, _ in runs.values()}) == 1)
for name, (_, elapsed, peak) in runs.items():
    print(name)
    print("  服务器看到的峰值不超过上限:", peak <= CAP)
    print(f"  不少于 总延迟/{CAP}（上限决定的下界）:", elapsed >= capped_bound)
    print("  比逐个下载的下界快 3 倍以上:", elapsed < sequential_bound / 3)
