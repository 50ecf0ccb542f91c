import types


@types.coroutine
def suspend(request):
    # 基于生成器的可等待对象：yield 把 request 一路交给最外层的驱动者，
    # 驱动者 send 回来的值成为 yield 表达式的值
    reply = yield request
    return reply


async def job():
    a = await suspend("请给我 a")  # await 在这里的作用就是 yield from
    b = await suspend("请给我 b")
    return a + b


coro = job()
print(type(coro).__name__)
#> coroutine
# 下面几行就是“事件循环”的工作：用 send 驱动协程，并回应它的请求
print(coro.send(None))
#> 请给我 a
print(coro.send(1))
#> 请给我 b
try:
    coro.send(2)
except StopIteration as stop:
    print("协程返回", stop.value)
    #> 协程返回 3
