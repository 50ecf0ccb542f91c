from contextvars import ContextVar, copy_context

var = ContextVar("var")
var.set("spam")


def change(new):
    print("inside before:", var.get())  # 副本里继承了 copy 时的值
    #> inside before: spam
    var.set(new)
    print("inside after:", var.get())
    #> inside after: ham
    return "changed"


ctx = copy_context()  # 当前上下文的一个（浅）拷贝
print(ctx.run(change, "ham"))  # 在 ctx 里调用函数；它的 set() 只改 ctx
#> changed
print("ctx[var]:", ctx[var])  # Context 是只读映射：ContextVar -> 值
#> ctx[var]: ham
print("outside:", var.get())  # 外面的值没变
#> outside: spam
print(var in ctx)
#> True

try:
    ctx.run(ctx.run, print)  # 同一个 Context 对象不能同时被进入两次
except RuntimeError:
    print("RuntimeError: context is already entered")
    #> RuntimeError: context is already entered
