import multiprocessing
from concurrent.futures import ProcessPoolExecutor

GREETING = None


def init_worker(greeting):
    # initializer 在每个工作进程启动时各运行一次
    global GREETING
    GREETING = greeting


def describe(n):
    kind = type(multiprocessing.current_process()).__name__
    return f"{GREETING} {n}，由 {kind} 执行"


def main():
    # 显式指定启动方法，不受全局默认值（以及 3.14 的默认值变化）影响
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=2, mp_context=ctx, initializer=init_worker, initargs=("你好",)
    ) as executor:
        for line in executor.map(describe, range(3)):
            print(line)


if __name__ == "__main__":
    main()
