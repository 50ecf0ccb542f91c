import asyncio
import threading

loops = []


async def where(label):
    loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0.01)
    return f"{label}：运行在 {threading.current_thread().name}"


# 1. 同一线程里依次调用多次：每次都新建一个事件循环，结束时关闭
print(asyncio.run(where("第一次")))
print(asyncio.run(where("第二次")))

# 2. 在另一个线程里调用：每个线程可以有自己的事件循环
results = []
worker = threading.Thread(
    target=lambda: results.append(asyncio.run(where("子线程"))), name="worker"
)
worker.start()
worker.join()
print(results[0])

print("用了几个不同的事件循环:", len(set(loops)))
print("是否都已关闭:", all(loop.is_closed() for loop in loops))
