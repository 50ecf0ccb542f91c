def countdown(n):
    while n > 0:
        yield n  # 交出一个值，并在这里暂停
        n -= 1
    return "发射！"  # return 的值会放进 StopIteration.value


gen = countdown(3)  # 调用生成器函数只创建生成器对象，函数体一行都还没执行
print(type(gen).__name__)
#> generator
print(next(gen), next(gen), next(gen))
#> 3 2 1
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration.value =", stop.value)
    #> StopIteration.value = 发射！

print(list(countdown(5)))  # for 循环、list() 会自动处理 StopIteration
#> [5, 4, 3, 2, 1]
