import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    counter = itertools.count()  # 优先级相同时按放入顺序，且永远不必比较 job 本身
    jobs = [(2, {"name": "backup"}), (1, {"name": "alert"}), (2, {"name": "report"})]
    for priority, job in jobs:
        # 条目是 (优先级, 序号, 数据)：数字越小越先取出
        queue.put_nowait((priority, next(counter), job))
    while not queue.empty():
        priority, _, job = queue.get_nowait()
        print(priority, job["name"])

    # 如果只放 (priority, dict)，优先级相同时会去比较两个 dict
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, {"name": "a"}))
    try:
        bad.put_nowait((1, {"name": "b"}))
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
