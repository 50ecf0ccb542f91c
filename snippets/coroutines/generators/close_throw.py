import inspect

cleanup_log = []


def worker():
    status = "就绪"
    try:
        while True:  # 只在调用方 send/throw 时才前进一步
            try:
                job = yield status
                status = f"处理 {job}"
            except ValueError as exc:
                status = f"在 yield 处捕获 {exc!r}"
    except GeneratorExit:
        cleanup_log.append("收到 GeneratorExit，清理后退出")
        raise  # 重新抛出（或直接 return），不能再 yield


gen = worker()
print(next(gen))
#> 就绪
print(gen.send("任务 A"))
#> 处理 任务 A
# throw 在暂停的 yield 处抛出异常；生成器处理后，throw 返回下一个 yield 的值
print(gen.throw(ValueError("坏数据")))  # 3.12 起只推荐单参数写法 throw(exc)
#> 在 yield 处捕获 ValueError('坏数据')
print(gen.send("任务 B"))
#> 处理 任务 B
gen.close()  # 在暂停的 yield 处抛出 GeneratorExit
print(cleanup_log, inspect.getgeneratorstate(gen))
#> ['收到 GeneratorExit，清理后退出'] GEN_CLOSED

gen = worker()
next(gen)
try:
    gen.throw(KeyError("没人处理"))  # 生成器不处理的异常会传回调用方
except KeyError as exc:
    print("调用方收到", repr(exc), "| 生成器状态:", inspect.getgeneratorstate(gen))
    #> 调用方收到 KeyError('没人处理') | 生成器状态: GEN_CLOSED
