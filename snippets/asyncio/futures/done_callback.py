import asyncio
import functools


def on_done(label, fut):
    # 回调只会收到 future 一个参数；额外参数用 functools.partial 绑定
    print(f"回调 {label} 运行，结果 = {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(on_done, "A"))

    fut.set_result("ok")
    print("set_result() 已返回，回调只是被 call_soon 排进了队列")
    await asyncio.sleep(0)  # 让出一次控制权，事件循环运行排队的回调
    print("让出控制权之后")

    fut.add_done_callback(functools.partial(on_done, "B"))
    print("给已完成的 Future 加回调：同样是排队，而不是立即调用")
    await asyncio.sleep(0)


asyncio.run(main())
