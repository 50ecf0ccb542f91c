import asyncio


async def save(record):
    await asyncio.sleep(0.01)
    print("saved", record)


async def main():
    save("a")  # 忘了 await：只创建了协程对象，函数体一行都没执行
    await save("b")


asyncio.run(main(), debug=True)  # 调试模式：附上协程的创建位置
