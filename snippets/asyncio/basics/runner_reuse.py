import asyncio
import contextvars

user = contextvars.ContextVar("user", default="匿名")


async def login(name):
    user.set(name)
    return asyncio.get_running_loop()


async def whoami():
    return user.get(), asyncio.get_running_loop()


# Runner 在多次 run() 之间复用同一个事件循环和同一个 contextvars 上下文
with asyncio.Runner() as runner:
    loop1 = runner.run(login("alice"))
    name, loop2 = runner.run(whoami())
    print("第二次 run 看到的 user:", name)
    print("两次 run 用的是同一个循环:", loop1 is loop2)
print("离开 with 后循环已关闭:", loop1.is_closed())

# 对比：两次 asyncio.run 各用一个新循环、一份新上下文
asyncio.run(login("bob"))
print("asyncio.run 之后的 user:", asyncio.run(whoami())[0])
