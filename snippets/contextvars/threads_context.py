import contextvars
import threading

user = contextvars.ContextVar("user", default="nobody")


def show(label, results):
    results.append(f"{label}: {user.get()}")


results = []
user.set("alice")

# 1. 新线程从一个空上下文开始（GIL 版 CPython 的默认行为），看不到主线程 set 的值
t = threading.Thread(target=show, args=("plain thread", results))
t.start()
t.join()

# 2. 想把当前值带进线程：复制一份上下文，让线程在其中运行目标函数
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(show, "copy_context().run", results))
t.start()
t.join()

# 3. 每个线程各有自己的当前上下文：线程里 set() 不影响主线程
t = threading.Thread(target=lambda: (user.set("bob"), show("thread set", results)))
t.start()
t.join()
show("main thread", results)

print(*results, sep="\n")
