import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(1)  # 模拟工作进程被意外杀死（段错误、OOM killer、kill -9……）


def square(x):
    return x * x


def main():
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(crash)
        try:
            future.result()
        except BrokenProcessPool as exc:
            print("result() 抛出 BrokenProcessPool:", exc)

        # 池已损坏：之后的提交同样失败，只能新建一个执行器
        try:
            executor.submit(square, 3)
        except BrokenProcessPool:
            print("再次 submit 也抛出 BrokenProcessPool")

    with ProcessPoolExecutor(max_workers=2) as executor:
        print("新的进程池:", executor.submit(square, 3).result())


if __name__ == "__main__":
    main()
