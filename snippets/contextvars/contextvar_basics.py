from contextvars import ContextVar

# 通常在模块顶层创建；name 只用于调试和 repr
user = ContextVar("user", default="anonymous")
request_id = ContextVar("request_id")  # 没有默认值

print(user.name)
#> user
print(user.get())  # 还没 set 过，返回 default
#> anonymous
print(request_id.get("none"))  # get() 的参数优先于构造时的 default
#> none
try:
    request_id.get()
except LookupError:
    print("LookupError: no value and no default")
    #> LookupError: no value and no default

token = user.set("alice")  # set() 返回 Token，记住了旧值
print(user.get())
#> alice
print(token.old_value)  # 之前“没有值”，所以是 Token.MISSING
#> <Token.MISSING>
user.reset(token)  # 恢复到 set() 之前的状态
print(user.get())
#> anonymous
