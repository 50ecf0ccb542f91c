import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

LATENCY = 0.01
N = 10
connections = 0  # 服务器这一侧：一共接受了几个 TCP 连接


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

    def handle(self):  # 每个连接调用一次；keep-alive 时一个连接上可以有多个请求
        global connections
        connections += 1
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


async def shared_client(urls):
    async with httpx.AsyncClient() as client:  # 一个客户端，一个连接池
        for url in urls:
            await client.get(url)


async def client_per_request(urls):
    for url in urls:
        async with httpx.AsyncClient() as client:  # 错误：每次新建，用完就关
            await client.get(url)


with serve(Handler) as base:
    urls = [f"{base}/item/{i}" for i in range(N)]
    for download in [shared_client, client_per_request]:
        connections = 0
        asyncio.run(download(urls))
        print(f"{download.__name__}：{N} 个请求，服务器接受了 {connections} 个连接")
