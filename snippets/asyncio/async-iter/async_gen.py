import asyncio
import inspect

PAGES = {1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}


async def fetch_page(page):
    await asyncio.sleep(0)  # 假装这是一次网络请求
    return PAGES.get(page, [])


async def all_items():
    """异步生成器：async def 里出现 yield。"""
    page = 1
    while items := await fetch_page(page):
        print(f"  (取第 {page} 页)")
        for item in items:
            yield item
        page += 1


async def main():
    gen = all_items()
    print("调用后得到:", type(gen).__name__, inspect.isasyncgen(gen))
    async for item in gen:  # 每次迭代都可能挂起，去取下一页
        print("处理", item)


asyncio.run(main())
