"""反例：脚本没有 if __name__ == "__main__": 保护（gh-136659）。"""

import sys
from concurrent.futures import InterpreterPoolExecutor

SCALE = 10


def work(n):
    return n * SCALE


def report(exc_type, exc, tb):
    # 把未捕获异常的报告缩短：类型、消息，以及从另一个解释器带回的原因
    print("未捕获的异常:", exc_type.__name__, "-", exc)
    print("原因:", exc.__cause__)


sys.excepthook = report

# 子解释器要按名字找到 __main__.work，会把本脚本再执行一遍，这行因此打印两次
print("执行脚本顶层代码, __name__ =", __name__, flush=True)

with InterpreterPoolExecutor(max_workers=1) as pool:
    print("结果:", pool.submit(work, 1).result())
