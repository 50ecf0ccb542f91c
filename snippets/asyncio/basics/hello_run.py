import asyncio


async def main():
    print("hello")
    await asyncio.sleep(0.1)  # 挂起 main，0.1 秒后由事件循环恢复
    print("world")
    return 42


result = asyncio.run(main())  # 创建事件循环，运行 main() 直到结束，再关闭循环
print("asyncio.run 返回:", result)
