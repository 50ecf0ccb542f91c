"""InterpreterPoolExecutor：接口和线程池一样，每个工作线程有自己的子解释器。"""

from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor

SCALE = 10  # 任务函数引用了这个全局名字，函数要按名字到 __main__ 里去找


def work(n):
    return n * SCALE, interpreters.get_current().id


if __name__ == "__main__":
    print("线程池的子类:", issubclass(InterpreterPoolExecutor, ThreadPoolExecutor))
    with InterpreterPoolExecutor(max_workers=2) as pool:
        future = pool.submit(work, 1)
        print("submit:", future.result()[0])
        results = list(pool.map(work, range(6)))
    print("map:", [value for value, _ in results])

    ids = {interp_id for _, interp_id in results}
    print("都不在主解释器里执行:", interpreters.get_main().id not in ids)
    print("最多用到 2 个子解释器:", len(ids) <= 2)
    print("池关闭后剩下:", interpreters.list_all())
