"""没有改用多阶段初始化的扩展模块，在子解释器里导入失败。"""

from concurrent import interpreters

MODULES = ["_json", "_sqlite3", "_decimal", "readline", "_curses"]  # 都是 C 扩展


def try_import(name):
    # 在子解释器里导入，把结果以字符串带回来
    try:
        __import__(name)
    except ImportError as exc:
        return f"{type(exc).__name__}: {exc}"
    return "成功"


def main():
    interp = interpreters.create()
    for name in MODULES:
        print(f"子解释器 import {name:9}", interp.call(try_import, name))
    interp.close()

    # 同样的模块在主解释器里都能导入
    print("主解释器:", [try_import(name) for name in MODULES])


if __name__ == "__main__":
    main()
