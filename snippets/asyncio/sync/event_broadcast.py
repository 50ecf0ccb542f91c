import asyncio


async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()  # 事件未置位时挂起
    print(f"{name} got the signal")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("set!")
    event.set()  # 唤醒所有等待者
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    await event.wait()  # 已置位：立即返回
    event.clear()  # 复位后，新的 wait() 会重新挂起
    print("is_set after clear:", event.is_set())


asyncio.run(main())
