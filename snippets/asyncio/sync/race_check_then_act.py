import asyncio

balance = 100


async def withdraw(amount):
    global balance
    if balance >= amount:  # 检查……
        await asyncio.sleep(0)  # ……中间让出控制权（比如查询数据库）……
        balance -= amount  # ……再行动：此时检查的结论可能已经过期


async def main():
    # 三个协程都先通过检查，再依次扣款
    await asyncio.gather(withdraw(80), withdraw(80), withdraw(80))
    print("balance:", balance)


asyncio.run(main())
