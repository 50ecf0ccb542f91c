import sys

# CPython 每隔这么久（秒）请求当前线程让出 GIL
print("切换间隔:", sys.getswitchinterval())
print("旧的按字节码计数的接口还在吗:", hasattr(sys, "setcheckinterval"))
