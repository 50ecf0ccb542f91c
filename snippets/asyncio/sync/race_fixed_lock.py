import asyncio

balance = 100
lock = asyncio.Lock()  # 3.10 起可以在事件循环外创建（loop 参数已移除）


async def withdraw(amount):
    global balance
    async with lock:  # 检查和扣款作为一个整体，中间的 await 不会被别的取款插入
        if balance >= amount:
            await asyncio.sleep(0)
            balance -= amount
            return True
        return False


async def main():
    results = await asyncio.gather(withdraw(80), withdraw(80), withdraw(80))
    print("results:", results)
    print("balance:", balance)


asyncio.run(main())
