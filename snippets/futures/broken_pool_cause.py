import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os.kill(os.getpid(), signal.SIGKILL)  # 模拟被 OOM killer 杀掉


def main():
    # forkserver：工作进程的退出码先由 fork 服务器取得，管理线程醒来时一定读得到
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as executor:
        try:
            executor.submit(crash).result()
        except BrokenProcessPool as exc:
            print("消息:", exc)
            print("__cause__ 的类型:", type(exc.__cause__).__name__)
            print("__cause__:", str(exc.__cause__).strip("\n'"))


if __name__ == "__main__":
    main()
