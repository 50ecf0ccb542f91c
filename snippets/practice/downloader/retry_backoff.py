import asyncio
import collections
import contextlib
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

hits = collections.Counter()  # 服务器这一侧：每个路径被请求了几次
hits_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # 支持 keep-alive，客户端可以复用连接
    disable_nagle_algorithm = True  # 头和正文分两次发，别让 Nagle 算法拖慢第二次

    def do_GET(self):
        with hits_lock:
            hits[self.path] += 1
            count = hits[self.path]
        headers = {}
        if self.path == "/flaky":  # 前两次 503，之后正常
            status = 503 if count <= 2 else 200
        elif self.path == "/busy":  # 第一次 429，并告诉客户端 1 秒后再来
            status = 429 if count == 1 else 200
            headers = {"Retry-After": "1"} if count == 1 else {}
        elif self.path == "/slow":  # 总是比客户端的读超时慢
            time.sleep(0.6)
            status = 200
        else:
            status = 404
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
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


RETRYABLE_STATUS = {429, 500, 502, 503, 504}
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError)  # 超时、连不上、断线


def retry_after(response, cap):
    """Retry-After 给的秒数（不超过 cap）；没有这个头或不是秒数时返回 None。"""
    try:
        return min(float(response.headers["Retry-After"]), cap)
    except (KeyError, ValueError):  # 也可能是一个 HTTP 日期，这里不处理
        return None


async def get_with_retry(client, url, rng, log, attempts=3, base=0.1, cap=2.0):
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
        except RETRYABLE_ERRORS as exc:
            if attempt == attempts:
                raise
            reason, delay = type(exc).__name__, None
        else:
            if response.status_code not in RETRYABLE_STATUS or attempt == attempts:
                response.raise_for_status()  # 404 之类：直接抛出，不重试
                return response
            reason, delay = response.status_code, retry_after(response, cap)
        if delay is None:
            # 指数退避 + 完全抖动：在 [0, base·2^(n-1)] 里随机取
            delay = rng.uniform(0, min(cap, base * 2 ** (attempt - 1)))
            log.append(f"第 {attempt} 次 {reason}，退避 {delay:.3f} 秒")
        else:
            log.append(f"第 {attempt} 次 {reason}，按 Retry-After 等 {delay:g} 秒")
        await asyncio.sleep(delay)


async def job(client, name, url):
    rng = random.Random(name)  # 每个作业一个固定种子的 RNG：输出可复现
    log = []
    try:
        async with asyncio.timeout(3):  # 整个作业（含所有重试）的期限
            response = await get_with_retry(client, url, rng, log)
        outcome = f"{response.status_code}（第 {len(log) + 1} 次成功）"
    except httpx.HTTPStatusError as exc:
        outcome = f"放弃：{exc.response.status_code}，试了 {len(log) + 1} 次"
    except (*RETRYABLE_ERRORS, TimeoutError) as exc:
        outcome = f"放弃：{type(exc).__name__}，试了 {len(log) + 1} 次"
    return name, outcome, log


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # 关掉之后，这个端口上没人监听


async def main(base):
    print("不加抖动时的退避上限:", [0.1 * 2**n for n in range(2)])
    jobs = {path: base + path for path in ["/flaky", "/busy", "/missing", "/slow"]}
    jobs["关闭的端口"] = f"http://127.0.0.1:{closed_port()}/"
    timeout = httpx.Timeout(1.0, read=0.3)
    async with httpx.AsyncClient(timeout=timeout) as client:
        results = await asyncio.gather(*(job(client, n, u) for n, u in jobs.items()))
    for name, outcome, log in results:  # gather 的结果顺序就是作业的顺序
        print(f"{name} -> {outcome}")
        for line in log:
            print("   ", line)
    print("服务器收到的请求数:", dict(sorted(hits.items())))


with serve(Handler) as base:
    asyncio.run(main(base))
