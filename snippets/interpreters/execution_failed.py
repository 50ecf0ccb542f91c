"""子解释器里未捕获的异常变成 ExecutionFailed，原异常只留下摘要。"""

from concurrent import interpreters


def lookup(key):
    return {"a": 1}[key]


def main():
    interp = interpreters.create()
    try:
        interp.exec("1 / 0")
    except ZeroDivisionError:
        print("不会走到这里：原来的异常对象不会传回来")
    except interpreters.ExecutionFailed as exc:
        info = exc.excinfo
        print("类型名:", info.type.__name__, "| 所在模块:", info.type.__module__)
        print("消息:", info.msg)
        print("----- str(exc) -----")
        print(exc)

    # call 也一样：抛出的是 ExecutionFailed，不是 KeyError
    try:
        interp.call(lookup, "b")
    except interpreters.ExecutionFailed as exc:
        print("----- call -----")
        print(type(exc).__name__, "|", exc.excinfo.formatted)

    # 出错之后解释器仍然可用
    print("再调用一次:", interp.call(lookup, "a"))
    interp.close()


if __name__ == "__main__":
    main()
