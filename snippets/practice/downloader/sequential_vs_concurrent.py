import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

LATENCY = 0.1  # 服务器每个请求固定耽搁 0.1 秒
N = 10


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


def download_sequential(urls):
    with httpx.Client() as client:
        client.get(urls[0])  # 热身，和异步版一样
        start = time.perf_counter()  # 不计创建客户端和热身的时间
        texts = [client.get(url).text for url in urls]
        return texts, time.perf_counter() - start


async def download_concurrent(urls):
    async with httpx.AsyncClient() as client:

        async def fetch(url):
            response = await client.get(url)
            return response.text

        await fetch(urls[0])  # 热身：第一个请求有一次性的开销
        start = time.perf_counter()
        # gather 按传入的顺序返回结果，与谁先完成无关
        texts = await asyncio.gather(*(fetch(url) for url in urls))
        return texts, time.perf_counter() - start


with serve(Handler) as base:
    urls = [f"{base}/item/{i}" for i in range(N)]
    sequential, sequential_time = download_sequential(urls)
    concurrent, concurrent_time = asyncio.run(download_concurrent(urls))

print("前三个结果:", concurrent[:3])
print("两种方式结果相同:", sequential == concurrent)
print(f"逐个下载不少于 {N} × {LATENCY} 秒:", sequential_time >= N * LATENCY)
print(f"并发下载不到 {N} × {LATENCY} 秒的一半:", concurrent_time < N * LATENCY / 2)
