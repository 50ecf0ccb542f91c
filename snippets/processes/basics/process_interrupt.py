import time
from multiprocessing import Event, Process


def busy():
    for _ in range(100):  # 最多 5 秒：一个长时间运行的循环
        time.sleep(0.05)


def careful(ready):
    try:
        ready.set()
        busy()
    except KeyboardInterrupt:
        print("careful: 收到 KeyboardInterrupt，清理后正常返回", flush=True)


def careless(ready):
    ready.set()
    busy()  # 没有捕获 KeyboardInterrupt：回溯打印到子进程的标准错误


if __name__ == "__main__":
    for target in (careful, careless):
        ready = Event()
        p = Process(target=target, args=(ready,), name=target.__name__)
        p.start()
        ready.wait(5)  # 等子进程进入 try 块再发信号
        start = time.monotonic()
        p.interrupt()  # 3.14+：向子进程发送 SIGINT
        p.join(5)
        quick = time.monotonic() - start < 1
        print(f"{p.name:8} exitcode={p.exitcode}  1 秒内结束: {quick}")
