def chain(*iterables):
    for iterable in iterables:
        yield from iterable  # 最简单的用法：等价于 for x in iterable: yield x


print(list(chain("ab", [1, 2])))
#> ['a', 'b', 1, 2]


def averager():
    """子生成器：接收数字，收到 None 时结束并 return 平均值。"""
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def delegator(results):
    # yield from 把调用方的 send/throw/close 原样转给 averager，
    # 并把 averager 的 return 值作为整个表达式的值
    results["平均值"] = yield from averager()
    print("averager 返回后，delegator 继续执行")
    #> averager 返回后，delegator 继续执行
    yield "delegator 的最后一个值"


results = {}
gen = delegator(results)
next(gen)  # 预激：一路运行到 averager 里的第一个 yield
for number in (10, 20, 30):
    gen.send(number)  # 直接送进 averager
print(gen.send(None))  # averager 结束，delegator 拿到返回值后运行到自己的 yield
#> delegator 的最后一个值
print(results)
#> {'平均值': 20.0}
gen.close()
