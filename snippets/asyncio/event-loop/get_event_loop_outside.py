import asyncio
import warnings

# 主线程里没有正在运行的循环、也从未 set_event_loop() 时调用 get_event_loop()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    else:
        print("created a new loop:", type(loop).__name__)
        loop.close()
for w in caught:
    print(f"{w.category.__name__}: {w.message}")

# 先显式创建并设为当前循环，各版本都直接返回它，也不警告
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    print("after set_event_loop():", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
