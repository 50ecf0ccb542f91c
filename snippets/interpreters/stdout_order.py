"""每个解释器各有一个 sys.stdout：输出重定向时，先刷新的先出现。"""

from concurrent import interpreters

print("主解释器: 第 1 行")
interp = interpreters.create()
interp.exec("print('子解释器: 第 2 行')")
print("主解释器: 第 3 行")
interp.exec("print('子解释器: 第 4 行')")
interp.close()  # 关闭时刷新子解释器的缓冲区
print("主解释器: 第 5 行")  # 主解释器的缓冲区在程序退出时才刷新
