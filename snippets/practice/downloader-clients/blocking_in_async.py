import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

LATENCY = 0.1  # 服务器每个请求固定耽搁 0.1 秒
N = 5


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


async def blocking_fetch(url):
    # 错误：同步调用，整个事件循环停在这里（ruff 的 ASYNC210 规则会指出来）
    return httpx.get(url).text  # noqa: ASYNC210


async def async_fetch(client, url):
    return (await client.get(url)).text


async def main(base):
    urls = [f"{base}/item/{i}" for i in range(N)]
    async with httpx.AsyncClient() as client:
        await async_fetch(client, urls[0])  # 热身

        start = time.perf_counter()
        await asyncio.gather(*(blocking_fetch(url) for url in urls))
        blocking_time = time.perf_counter() - start

        start = time.perf_counter()
        await asyncio.gather(*(async_fetch(client, url) for url in urls))
        async_time = time.perf_counter() - start
    print(f"async def 里调同步的 httpx.get：{N} 个请求一个接一个")
    print(f"  用时不少于 {N} × {LATENCY} 秒:", blocking_time >= N * LATENCY)
    print("await AsyncClient：")
    print(f"  用时不到 {N} × {LATENCY} 秒的一半:", async_time < N * LATENCY / 2)


with serve(Handler) as base:
    asyncio.run(main(base))
