import multiprocessing
import sys


def has_decimal(queue):
    # 子进程开始运行时，decimal 是否已经在 sys.modules 里
    queue.put("decimal" in sys.modules)


def child_has_decimal(ctx):
    queue = ctx.Queue()
    proc = ctx.Process(target=has_decimal, args=(queue,))
    proc.start()
    answer = queue.get(timeout=5)
    proc.join()
    return answer


if __name__ == "__main__":
    forkserver = multiprocessing.get_context("forkserver")
    # 要在服务进程启动之前调用；这个列表会替换默认的 ["__main__"]
    forkserver.set_forkserver_preload(["__main__", "decimal"])
    for ctx in [multiprocessing.get_context("spawn"), forkserver]:
        method = ctx.get_start_method()
        print(f"{method:>10}: decimal already imported = {child_has_decimal(ctx)}")
