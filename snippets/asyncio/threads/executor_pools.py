import asyncio
import concurrent.futures
import functools
import multiprocessing
import threading


def where(tag, *, upper=False):
    # 报告自己在哪个线程、是不是在子进程里运行
    name = threading.current_thread().name.rstrip("0123456789")
    in_child = multiprocessing.parent_process() is not None
    text = f"{tag}: thread {name}*, child process: {in_child}"
    return text.upper() if upper else text


def count_primes(limit):
    # 纯 Python 的 CPU 密集计算：一直持有 GIL，放进线程池不会更快
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


async def main(process_pool):
    loop = asyncio.get_running_loop()

    # 1. executor=None：事件循环的默认线程池（asyncio.to_thread 用的也是它）
    print(await loop.run_in_executor(None, where, "default pool"))

    # 2. 自定义线程池；run_in_executor 不接受关键字参数，要用 functools.partial
    with concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="io") as pool:
        call = functools.partial(where, "custom threads", upper=True)
        print(await loop.run_in_executor(pool, call))
    # 这里 with 块退出时任务都已完成，shutdown(wait=True) 几乎不用等

    # 3. 进程池：CPU 密集任务真正并行；函数和参数都要能被 pickle
    futures = [
        loop.run_in_executor(process_pool, count_primes, n) for n in (10_000, 20_000)
    ]
    print("primes:", await asyncio.gather(*futures))
    print(await loop.run_in_executor(process_pool, where, "process pool"))


if __name__ == "__main__":
    # 进程池在事件循环之外创建和关闭：with 退出时的阻塞等待不会卡住任何协程
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as process_pool:
        asyncio.run(main(process_pool))
