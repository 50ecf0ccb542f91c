"""启动成本：线程、子解释器、进程，各自启动、执行一个空函数再结束。"""

import multiprocessing
import threading
import time
from concurrent import interpreters


def noop():
    pass


def fastest_ms(action, repeat):
    # 取最快的一次：机器忙只会让某几次变慢，最快的那次最接近这件事本身的成本
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def start_thread():
    thread = threading.Thread(target=noop)
    thread.start()
    thread.join()


def start_interpreter():
    interp = interpreters.create()
    interp.call(noop)
    interp.close()


def process_starter(method):
    context = multiprocessing.get_context(method)

    def start_process():
        process = context.Process(target=noop)
        process.start()
        process.join()

    return start_process


if __name__ == "__main__":
    reused = interpreters.create()
    cost = {
        "线程": fastest_ms(start_thread, 20),
        "子解释器": fastest_ms(start_interpreter, 8),
        "已有子解释器里 call": fastest_ms(lambda: reused.call(noop), 20),
        "进程 (fork)": fastest_ms(process_starter("fork"), 10),
        "进程 (forkserver)": fastest_ms(process_starter("forkserver"), 3),
        "进程 (spawn)": fastest_ms(process_starter("spawn"), 3),
    }
    reused.close()
    for name, ms in cost.items():
        print(f"{ms:8.2f} ms  {name}")
    print("创建子解释器比启动线程慢 10 倍以上:", cost["子解释器"] > 10 * cost["线程"])
    print("创建子解释器比 spawn 启动进程快:", cost["子解释器"] < cost["进程 (spawn)"])
    reuse_gain = cost["子解释器"] > 10 * cost["已有子解释器里 call"]
    print("复用子解释器比每次新建快 10 倍以上:", reuse_gain)
