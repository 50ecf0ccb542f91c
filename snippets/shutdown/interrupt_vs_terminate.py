"""Process.interrupt()（3.14 新增）发 SIGINT：子进程里抛出 KeyboardInterrupt，可以清理。"""

import multiprocessing
import time


def worker(ready):
    try:
        ready.set()
        for _ in range(100):  # 短睡多次：sleep 前到达的信号，醒来即处理
            time.sleep(0.1)
    except KeyboardInterrupt:
        print("  子进程: KeyboardInterrupt，保存进度后返回", flush=True)
    finally:
        print("  子进程: finally", flush=True)


if __name__ == "__main__":
    for how in ("interrupt", "terminate"):
        ready = multiprocessing.Event()
        p = multiprocessing.Process(target=worker, args=(ready,))
        p.start()
        ready.wait()
        print(f"{how}():", flush=True)
        getattr(p, how)()  # p.interrupt() 或 p.terminate()
        p.join()
        print(f"  exitcode = {p.exitcode}")
