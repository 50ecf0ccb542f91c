import asyncio


async def consumer(name, cond, items):
    async with cond:  # Condition 内部有一把锁：先获得它
        # wait_for 会在等待期间释放锁、被唤醒后重新获得锁并检查谓词
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(f"{name} took {item}, lock held: {cond.locked()}")


async def producer(cond, items):
    for item in ("apple", "pear"):
        await asyncio.sleep(0.1)
        async with cond:  # notify 之前必须持有锁
            items.append(item)
            print(f"produced {item}")
            cond.notify()  # 只唤醒一个等待者；notify_all() 唤醒全部


async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(
        consumer("c1", cond, items),
        consumer("c2", cond, items),
        producer(cond, items),
    )
    print("lock held after all:", cond.locked())


asyncio.run(main())
