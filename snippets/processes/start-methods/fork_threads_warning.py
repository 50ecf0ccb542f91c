import multiprocessing
import threading
import warnings


def noop():
    pass


def start_with(method):
    ctx = multiprocessing.get_context(method)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # DeprecationWarning 默认不显示，这里强制记录
        proc = ctx.Process(target=noop)
        proc.start()
        proc.join()
    for w in caught:
        print(f"{method}: {w.category.__name__}: {w.message}")
    if not caught:
        print(f"{method}: no warning")


if __name__ == "__main__":
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)  # 一个仍在运行的线程
    helper.start()
    try:
        for method in ["fork", "spawn", "forkserver"]:
            start_with(method)
    finally:
        stop.set()
        helper.join()
