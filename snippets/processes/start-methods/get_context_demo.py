import multiprocessing


def report(queue):
    # spawn 与 forkserver 的子进程里，主模块以 __mp_main__ 为名导入
    queue.put(__name__)


if __name__ == "__main__":
    for method in ["fork", "spawn", "forkserver"]:
        ctx = multiprocessing.get_context(method)  # 不改全局设置，库代码也可以放心用
        queue = ctx.Queue()  # 同一上下文的 Queue 与 Process 配套使用
        proc = ctx.Process(target=report, args=(queue,))
        proc.start()
        print(f"{method:>10}: child __name__ = {queue.get(timeout=5)}")
        proc.join()
