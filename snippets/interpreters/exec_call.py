"""子解释器的基本操作：create、exec、prepare_main、call、close。"""

import sys
from concurrent import interpreters

# 每个解释器有自己的 sys.stdout 缓冲区；主解释器逐行刷新，输出才按先后出现
sys.stdout.reconfigure(line_buffering=True)

counter = 0  # 主解释器 __main__ 里的全局变量


def where():
    # 不引用任何全局名字：整个函数以代码对象的形式传进子解释器
    from concurrent import interpreters

    return interpreters.get_current().id


def main():
    main_interp = interpreters.get_main()
    print("主解释器:", main_interp, "当前:", interpreters.get_current())
    interp = interpreters.create()
    print("新建:", interp, "全部:", interpreters.list_all())

    # exec 在子解释器自己的 __main__ 里执行源代码
    interp.exec("counter = 100\nprint('子解释器: counter =', counter, flush=True)")
    print("主解释器: counter =", counter)
    interp.exec(
        "counter += 1\nprint('子解释器: 再次 exec, counter =', counter, flush=True)"
    )

    # 连 sys 模块也是各自一份
    sys.note = "主解释器设置的属性"
    interp.exec(
        "import sys\n"
        "print('子解释器: sys.note =', getattr(sys, 'note', '不存在'), flush=True)"
    )

    # prepare_main 把可共享的值绑定到子解释器的 __main__
    interp.prepare_main(base=10, name="子解释器")
    interp.exec("print(name + ': base * 2 =', base * 2, flush=True)")

    # call 在子解释器里调用函数，并把返回值带回来
    print("call(where) ->", interp.call(where))
    print("call(divmod, 17, 5) ->", interp.call(divmod, 17, 5))

    interp.close()
    print("close 之后:", interpreters.list_all())


if __name__ == "__main__":
    main()
