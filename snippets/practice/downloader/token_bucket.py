import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

LATENCY = 0.01  # 服务器很快：瓶颈在客户端自己限的速
N = 25  # 请求数
RATE = 20  # 令牌桶：每秒补充 20 个令牌
BURST = 5  # 桶里最多存 5 个：允许一开始连发 5 个


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
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


class TokenBucket:
    """每秒补充 rate 个令牌，最多攒 burst 个；每个请求先拿走一个令牌。"""

    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self.tokens = burst  # 一开始是满的
        self.updated = time.monotonic()
        self.lock = asyncio.Lock()  # 等令牌的协程按先来后到排队

    async def acquire(self):
        async with self.lock:
            while True:
                now = time.monotonic()
                elapsed = now - self.updated
                self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                # 还差多少令牌就睡多久，醒来再算一遍
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def download_all(urls, fetch):
    start = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        for url in urls:
            tg.create_task(fetch(url))
    return time.monotonic() - start


async def main(base):
    urls = [f"{base}/item/{i}" for i in range(N)]
    bound = (N - BURST) / RATE
    async with httpx.AsyncClient() as client:
        await client.get(urls[0])  # 热身：第一个请求有一次性的开销

        bucket = TokenBucket(RATE, BURST)

        async def fetch_rate_limited(url):
            await bucket.acquire()  # 拿到令牌才发请求
            return await client.get(url)

        elapsed = await download_all(urls, fetch_rate_limited)
        print(f"令牌桶（{RATE} 个/秒，突发 {BURST}）：{N} 个请求")
        print(f"  用时不少于 ({N}-{BURST})/{RATE} = {bound} 秒:", elapsed >= bound)

        semaphore = asyncio.Semaphore(BURST)

        async def fetch_capped(url):
            async with semaphore:  # 只管“同时几个”，不管“每秒几个”
                return await client.get(url)

        elapsed = await download_all(urls, fetch_capped)
        print(f"Semaphore({BURST})：{N} 个请求")
        print(f"  用时不到 {bound} 秒，即每秒远超 {RATE} 个:", elapsed < bound)


with serve(Handler) as base:
    asyncio.run(main(base))
