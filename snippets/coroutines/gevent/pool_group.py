import time

import gevent
from gevent.pool import Group, Pool


def work(i):
    gevent.sleep(0.1)
    return i * i


# Pool(size)：最多同时运行 size 个 greenlet，满了以后 spawn() 会等待空位
pool = Pool(2)
start = time.perf_counter()
print("pool.map:", pool.map(work, range(4)))  # 结果按输入顺序返回
print(f"4 jobs, 2 at a time: {time.perf_counter() - start:.1f}s")

# Group：不限数量，只是把一组 greenlet 放在一起管理
group = Group()
start = time.perf_counter()
for i in range(4):
    group.spawn(work, i)
group.join(timeout=2)
print("group size after join:", len(group))  # 完成的 greenlet 会自动移出
print(f"4 jobs, unbounded: {time.perf_counter() - start:.1f}s")

# imap_unordered：谁先完成先拿到谁
print("imap_unordered:", sorted(Pool(4).imap_unordered(work, range(4))))
