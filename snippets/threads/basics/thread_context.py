import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="未设置")


def work(label):
    print(f"{label}: 线程里读到 {request_id.get()}")
    request_id.set("线程改过")


def run(label, **kwargs):
    t = threading.Thread(target=work, args=(label,), **kwargs)
    t.start()
    t.join()


request_id.set("req-42")
print("sys.flags.thread_inherit_context:", sys.flags.thread_inherit_context)

run("默认")  # 取决于上面的标志：为假时新线程从空上下文开始
ctx = contextvars.copy_context()
run("copy_context()", context=ctx)  # 3.14+：线程在 ctx 里运行
run("Context()", context=contextvars.Context())  # 显式的空上下文

print("主线程仍是:", request_id.get())
print("ctx 里现在是:", ctx[request_id])  # 线程的修改留在了 ctx 里
