"""传递数据的成本：队列往返的延迟，以及不同类型的数据跨解释器复制的开销。"""

import queue
import statistics
import threading
import time
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


def median_ms(action, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def echo(inbox, outbox):
    # 把收到的东西原样发回去，收到 None 就结束
    while (item := inbox.get()) is not None:
        outbox.put(item)


def round_trips(inbox, outbox):
    def once():
        inbox.put(b"ping")
        outbox.get()

    ms = median_ms(once, 20)
    inbox.put(None)
    return ms


def noop():
    pass


if __name__ == "__main__":
    # 线程之间：queue.Queue
    inbox, outbox = queue.Queue(), queue.Queue()
    worker = threading.Thread(target=echo, args=(inbox, outbox))
    worker.start()
    thread_ms = round_trips(inbox, outbox)
    worker.join()

    # 解释器之间：concurrent.interpreters 的队列
    interp = interpreters.create()
    inbox, outbox = interpreters.create_queue(), interpreters.create_queue()
    worker = interp.call_in_thread(echo, inbox, outbox)
    interp_ms = round_trips(inbox, outbox)
    worker.join()

    # 执行器：结果随 call() 的返回值回来，不经过队列
    with InterpreterPoolExecutor(max_workers=1) as pool:
        pool.submit(noop).result()  # 先把子解释器建好
        pool_ms = median_ms(lambda: pool.submit(noop).result(), 20)

    print(f"往返 queue.Queue (线程之间):  {thread_ms:.3f} ms")
    print(f"往返 解释器队列:               {interp_ms:.3f} ms")
    print(f"往返 执行器 submit().result(): {pool_ms:.3f} ms")
    print("解释器队列往返不少于 9 毫秒:", interp_ms >= 9)
    print("线程队列往返快 5 倍以上:", interp_ms > 5 * thread_ms)
    print("执行器往返比解释器队列快:", pool_ms < interp_ms)

    # 复制的开销：同样作为 call() 的参数传过去
    blob = bytes(1_000_000)  # 1 MB 的 bytes：直接复制内存
    numbers = list(range(100_000))  # 列表：要经过 pickle
    bytes_ms = median_ms(lambda: interp.call(len, blob), 10)
    list_ms = median_ms(lambda: interp.call(len, numbers), 10)
    print(f"传 1 MB bytes:          {bytes_ms:.3f} ms")
    print(f"传 10 万个整数的列表:   {list_ms:.3f} ms")
    print("bytes 比列表快 5 倍以上:", list_ms > 5 * bytes_ms)
    interp.close()
