import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from tqdm import tqdm

LATENCY = 0.05
N = 40
CAP = 10


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
        time.sleep(LATENCY)
        body = self.path.encode() * 100
        self.send_response(404 if self.path.endswith("7") else 200)
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


async def main(base):
    urls = [f"{base}/item/{i}" for i in range(N)]
    semaphore = asyncio.Semaphore(CAP)
    sizes, failed = {}, []
    async with httpx.AsyncClient() as client:
        # 进度条默认写到 stderr；stdout 只留给最后的结果
        with tqdm(total=len(urls), desc="下载", unit="个") as bar:

            async def fetch(url):
                try:
                    async with semaphore:
                        response = await client.get(url)
                    response.raise_for_status()
                    sizes[url] = len(response.content)
                except httpx.HTTPError:
                    failed.append(url)
                    bar.set_postfix(失败=len(failed))
                finally:
                    bar.update(1)  # 不论成败，完成一个就走一格

            async with asyncio.TaskGroup() as tg:
                for url in urls:
                    tg.create_task(fetch(url))
    print(f"进度条走到了 {bar.n}/{bar.total}")
    print(f"成功 {len(sizes)} 个，共 {sum(sizes.values())} 字节；失败 {len(failed)} 个")


with serve(Handler) as base:
    asyncio.run(main(base))
