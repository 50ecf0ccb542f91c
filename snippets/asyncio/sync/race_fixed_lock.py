import asyncio

balance = 100
lock = asyncio.Lock()  # 可以在事件循环外创建，第一次需要等待时才绑定到循环


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
