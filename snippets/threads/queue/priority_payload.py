import itertools
import queue
from dataclasses import dataclass, field

pq = queue.PriorityQueue()
pq.put((1, {"job": "备份"}))
try:
    pq.put((1, {"job": "清理"}))  # 优先级相同 -> 接着比较字典 -> 报错
except TypeError as e:
    print("TypeError:", e)
    #> TypeError: '<' not supported between instances of 'dict' and 'dict'

# 办法一：(优先级, 自增序号, 数据)，序号保证永远不会比较到数据，且同级先进先出
counter = itertools.count()
pq = queue.PriorityQueue()
for priority, job in [(2, "发邮件"), (1, "备份"), (1, "清理")]:
    pq.put((priority, next(counter), {"job": job}))
print([pq.get()[2]["job"] for _ in range(3)])
#> ['备份', '清理', '发邮件']


# 办法二：dataclass(order=True)，数据字段用 compare=False 排除在比较之外
@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)


pq = queue.PriorityQueue()
pq.put(Job(2, {"job": "发邮件"}))
pq.put(Job(1, {"job": "备份"}))
print(pq.get().payload)
#> {'job': '备份'}
