import asyncio
import queue
import threading

jobs = queue.Queue()  # 线程安全的队列：普通线程和各个事件循环之间传递任务
results = queue.Queue()
loops = []  # 保存循环对象本身（而不是 id），它们就不会被回收、被重复利用


async def handle(job):
    await asyncio.sleep(0.02)  # 模拟一次网络请求
    results.put((job, job * job))


async def serve():
    loops.append(asyncio.get_running_loop())
    async with asyncio.TaskGroup() as tg:  # 退出时等本循环里的任务全部完成
        while True:
            try:
                job = jobs.get_nowait()  # 不能用阻塞的 get()：那会卡住整个事件循环
            except queue.Empty:
                await asyncio.sleep(0.005)  # 暂时没有任务：让出事件循环，稍后再看
                continue
            except queue.ShutDown:  # 队列已关闭，而且已经取空
                break
            tg.create_task(handle(job))


# 每个线程运行自己的事件循环
workers = [threading.Thread(target=asyncio.run, args=(serve(),)) for _ in range(3)]
for w in workers:
    w.start()

for job in range(10):
    jobs.put(job)
jobs.shutdown()  # 不再接收新任务；已经放进去的仍会被取走
try:
    jobs.put(99)
except queue.ShutDown:
    print("shutdown() 之后再 put: 抛出 queue.ShutDown")

for w in workers:
    w.join()

print("3 个线程用了几个不同的事件循环:", len(set(loops)))
print("结果:", sorted(results.get() for _ in range(results.qsize())))
