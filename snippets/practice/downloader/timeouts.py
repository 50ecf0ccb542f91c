import asyncio
import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

TRICKLE_BYTES = 8
TRICKLE_GAP = 0.08  # /trickle 每 0.08 秒才发 1 个字节


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
        if self.path == "/trickle":  # 响应头马上发，正文一点一点地挤
            self.send_response(200)
            self.send_header("Content-Length", str(TRICKLE_BYTES))
            self.end_headers()
            for _ in range(TRICKLE_BYTES):
                time.sleep(TRICKLE_GAP)
                self.wfile.write(b"x")
            return
        # /sleep/0.5：先睡 0.5 秒，再回答
        time.sleep(float(self.path.rsplit("/", 1)[1]))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

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


async def timed(coro):
    start = time.perf_counter()
    try:
        result = await coro
    except (httpx.HTTPError, TimeoutError) as exc:
        result = type(exc).__name__
    return result, time.perf_counter() - start


async def main(base):
    # 默认各 5 秒；这里连接、写、等连接各 1 秒，读 0.3 秒
    timeout = httpx.Timeout(1.0, read=0.3)
    async with httpx.AsyncClient(timeout=timeout) as client:
        await client.get(f"{base}/sleep/0", timeout=5)  # 热身：第一个请求开销大
        result, elapsed = await timed(client.get(f"{base}/sleep/1"))
        print("/sleep/1:", result)
        print("  没等到 1 秒后的回答就放弃了:", elapsed < 1)

        result, elapsed = await timed(client.get(f"{base}/trickle"))
        print("/trickle:", result.status_code, len(result.content), "字节")
        print(
            f"  用了 {TRICKLE_BYTES * TRICKLE_GAP:.2f} 秒以上，read=0.3 没有触发:",
            elapsed >= TRICKLE_BYTES * TRICKLE_GAP,
        )

        async def job_with_deadline():
            async with asyncio.timeout(0.3):  # 整个作业的期限
                return await client.get(f"{base}/trickle")

        result, elapsed = await timed(job_with_deadline())
        print("/trickle 放进 asyncio.timeout(0.3):", result)
        print("  没等正文发完就放弃了:", elapsed < TRICKLE_BYTES * TRICKLE_GAP)

    # 连接池只有 1 个连接，等连接最多 0.2 秒
    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(1.0, pool=0.2)
    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:
        url = f"{base}/sleep/0.5"
        results = await asyncio.gather(*(timed(client.get(url)) for _ in range(3)))
        print(
            "3 个请求抢 1 个连接:", [getattr(r, "status_code", r) for r, _ in results]
        )


with serve(Handler) as base:
    asyncio.run(main(base))
