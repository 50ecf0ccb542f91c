import queue


def drain(q):
    return [q.get() for _ in range(q.qsize())]


fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for n in [3, 1, 2]:
    fifo.put(n)
    lifo.put(n)
    prio.put(n)

print("Queue（先进先出）:", drain(fifo))
#> Queue（先进先出）: [3, 1, 2]
print("LifoQueue（后进先出）:", drain(lifo))
#> LifoQueue（后进先出）: [2, 1, 3]
print("PriorityQueue（最小的先出）:", drain(prio))
#> PriorityQueue（最小的先出）: [1, 2, 3]

simple = queue.SimpleQueue()  # 无界、没有 task_done()/join()
simple.put("a")
print(simple.get(), simple.empty())
#> a True
print(hasattr(simple, "task_done"), hasattr(fifo, "task_done"))
#> False True
