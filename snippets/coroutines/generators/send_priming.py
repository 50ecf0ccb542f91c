import inspect


def echo():
    received = yield "就绪"  # yield 表达式：先交出右边的值，恢复时得到 send 进来的值
    for _ in range(3):
        received = yield f"回声: {received}"


gen = echo()
print(inspect.getgeneratorstate(gen))
#> GEN_CREATED
try:
    gen.send("太早了")  # 还没运行到任何 yield，没有地方接收这个值
except TypeError as exc:
    print("TypeError:", exc)
    #> TypeError: can't send non-None value to a just-started generator

print(gen.send(None))  # 预激（prime）：与 next(gen) 等价，运行到第一个 yield
#> 就绪
print(inspect.getgeneratorstate(gen))
#> GEN_SUSPENDED
print(gen.send("你好"))
#> 回声: 你好
print(gen.send("再见"))
#> 回声: 再见
gen.close()
print(inspect.getgeneratorstate(gen))
#> GEN_CLOSED
