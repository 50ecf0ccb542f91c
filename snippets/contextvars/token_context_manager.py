from contextvars import ContextVar

user = ContextVar("user", default="anonymous")

# 3.14 新增：set() 返回的 Token 可以当作上下文管理器，离开 with 块时自动 reset()
with user.set("alice"):
    print(user.get())
    #> alice
    with user.set("bob"):  # 可以嵌套：每一层退出时恢复到进入时的值
        print(user.get())
        #> bob
    print(user.get())
    #> alice
print(user.get())
#> anonymous

# 块里抛出异常，同样会恢复
try:
    with user.set("carol"):
        raise ValueError("boom")
except ValueError:
    print(user.get())
    #> anonymous

# as 得到的就是 Token 本身；它在退出 with 时已经用过，不能再 reset()
with user.set("dave") as token:
    print(token.old_value)
    #> <Token.MISSING>
try:
    user.reset(token)
except RuntimeError:
    print("RuntimeError: the token has already been used")
    #> RuntimeError: the token has already been used
