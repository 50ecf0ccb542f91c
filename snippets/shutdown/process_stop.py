"""terminate() 发 SIGTERM，等一会儿还不退出就 kill() 发 SIGKILL。"""

import multiprocessing
import signal
import sys
import time


def obedient(ready):
    ready.set()
    time.sleep(10)  # SIGTERM 的默认动作：立即结束


def graceful(ready):
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    try:
        ready.set()
        for _ in range(100):  # 短睡多次：sleep 前到达的信号，醒来即处理
            time.sleep(0.1)
    finally:
        print("  graceful: finally 里做完清理", flush=True)


def stubborn(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # 忽略 SIGTERM
    ready.set()
    time.sleep(10)


def stop(p, grace=1.0):
    p.terminate()  # SIGTERM：请它退出
    p.join(grace)
    if p.is_alive():
        print(f"  {p.name}: {grace} 秒后还在运行，改用 kill()")
        p.kill()  # SIGKILL：不能捕获，也不能忽略
        p.join()


if __name__ == "__main__":
    for target in (obedient, graceful, stubborn):
        ready = multiprocessing.Event()
        p = multiprocessing.Process(target=target, args=(ready,), name=target.__name__)
        p.start()
        ready.wait()  # 子进程已装好处理函数
        stop(p)
        print(f"{p.name}: exitcode = {p.exitcode}")
    print(f"-SIGTERM = {-signal.SIGTERM}, -SIGKILL = {-signal.SIGKILL}")
