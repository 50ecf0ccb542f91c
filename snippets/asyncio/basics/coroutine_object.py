import asyncio
import inspect
import warnings


async def main():
    print("main 的函数体开始执行")
    return "完成"


print("main 是协程函数:", inspect.iscoroutinefunction(main))
coro = main()  # 只创建协程对象，函数体一行都没执行
print("main() 返回:", type(coro).__name__, "| 是协程对象:", inspect.iscoroutine(coro))
print("asyncio.run 返回:", asyncio.run(coro))  # 交给事件循环，才真正执行

# 创建了协程对象却从不 await 它：对象被回收时 Python 发出 RuntimeWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    main()  # 常见错误：忘了写 await
print(f"{caught[0].category.__name__}: {caught[0].message}")
