"""InterpreterPoolExecutor 里的异常：能传回的原样抛出，传不回的变成 ExecutionFailed。"""

from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor


class QuotaError(Exception):
    """定义在 __main__ 里的异常类。"""


def check(n):
    if n > 2:
        raise ValueError(f"{n} 太大")
    return n


def over_quota():
    raise QuotaError("超出配额")


if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=1) as pool:
        # 内置异常：result() 抛出原来的类型，__cause__ 是 ExecutionFailed
        try:
            pool.submit(check, 3).result()
        except ValueError as exc:
            print("捕获:", type(exc).__name__, "-", exc)
            print("__cause__:", type(exc.__cause__).__name__)

        # 子解释器里的 QuotaError 是另一个类，不能传回：只剩 ExecutionFailed
        try:
            pool.submit(over_quota).result()
        except QuotaError:
            print("不会走到这里")
        except interpreters.ExecutionFailed as exc:
            print("捕获:", type(exc).__name__, "-", exc.excinfo.formatted)
