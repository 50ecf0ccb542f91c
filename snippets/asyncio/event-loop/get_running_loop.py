import asyncio


def plain_function():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("outside any loop:", e)


async def main():
    loop = asyncio.get_running_loop()  # 协程里获取循环的首选写法
    print("running loop:", type(loop).__name__)  # Linux/macOS 下是 selector 循环
    # 有循环在运行时，get_event_loop() 返回的就是它（各版本行为一致）
    print("get_event_loop() is it:", asyncio.get_event_loop() is loop)

    def callback():
        # 回调同样在循环线程里执行，也能拿到正在运行的循环
        print("inside a callback:", asyncio.get_running_loop() is loop)

    loop.call_soon(callback)
    await asyncio.sleep(0)


plain_function()
asyncio.run(main())
plain_function()  # asyncio.run() 返回后循环已关闭，又回到“没有运行中的循环”
