"""子解释器的生命周期：close() 销毁它；最后一个引用消失时也会销毁。"""

from concurrent import interpreters

a = interpreters.create()
b = interpreters.create()
print("创建之后:", interpreters.list_all())

a.close()  # 显式销毁
print("a.close() 之后:", interpreters.list_all())

del b  # 没有别的引用了：Interpreter 对象被回收时销毁
print("del b 之后:", interpreters.list_all())

try:
    a.exec("pass")
except interpreters.InterpreterNotFoundError as exc:
    print("再用 a:", type(exc).__name__, "-", exc)
