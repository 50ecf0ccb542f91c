from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


def main():
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(parse, "abc")
        try:
            future.result()
        except ValueError as exc:
            # 异常在子进程里被 pickle，再在主进程里重新抛出
            print("主进程收到:", repr(exc))
            # 子进程里的原始 traceback 以文本形式挂在 __cause__ 上
            print("__cause__ 的类型:", type(exc.__cause__).__name__)


if __name__ == "__main__":
    main()
