import time
from concurrent.futures import ThreadPoolExecutor

DELAYS = {"A": 0.3, "B": 0.1, "C": 0.2}
finish_order = []


def work(name):
    time.sleep(DELAYS[name])
    finish_order.append(name)  # list.append 是原子操作，这里不需要锁
    return name.lower()


start = time.perf_counter()
with ThreadPoolExecutor() as executor:
    results = list(executor.map(work, ["A", "B", "C"]))

print("完成顺序:", finish_order)
print("map 结果:", results)  # 与输入顺序一致，而不是完成顺序
print(f"耗时 {time.perf_counter() - start:.1f} 秒")
