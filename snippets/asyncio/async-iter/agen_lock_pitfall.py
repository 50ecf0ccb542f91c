import asyncio
import contextlib

lock = asyncio.Lock()  # 代表数据库连接、文件之类同一时刻只能一人使用的资源
kept = []


async def rows():
    async with lock:  # 生成器在迭代期间一直占着锁
        print("  rows: 拿到锁")
        try:
            for i in range(100):
                yield i
        finally:
            print("  rows: 释放锁")


async def other_user():
    try:
        async with asyncio.timeout(0.2):
            async with lock:
                return "拿到了锁"
    except TimeoutError:
        return "0.2 秒内没拿到锁"


async def main():
    print("错误写法：break 跳出，生成器还被引用着")
    gen = rows()
    kept.append(gen)  # 例如被存进了某个对象的属性
    async for i in gen:
        if i == 2:
            break
    print("别的协程:", await other_user())

    print("补救：手动 aclose()")
    await gen.aclose()
    print("别的协程:", await other_user())

    print("正确写法：aclosing() 保证退出 async with 时关闭生成器")
    async with contextlib.aclosing(rows()) as gen2:
        async for i in gen2:
            if i == 2:
                break
    print("别的协程:", await other_user())


asyncio.run(main())
