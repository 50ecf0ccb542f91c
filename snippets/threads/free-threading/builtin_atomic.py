import threading

THREADS = 4


def run_threads(target, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# 1. list.append 是原子操作：并发追加不会丢元素，也不会弄坏列表
items = []


def fill():
    me = threading.get_ident()
    for _ in range(50_000):
        items.append(me)


run_threads(fill)
print("append 之后的长度:", len(items), "==", THREADS * 50_000)

# 2. list.pop() 也是原子的：用“取不到就停”代替“先检查再取”
source = list(range(100_000))
taken = []


def drain():
    mine = []
    while True:
        try:
            mine.append(source.pop())
        except IndexError:  # 列表空了
            break
    taken.extend(mine)


run_threads(drain)
print("每个元素恰好被取走一次:", sorted(taken) == list(range(100_000)))

# 3. 检查后写入（check-then-act）由两步组成，中间可能插进别的线程
registry = {}
winners = []
gate = threading.Barrier(THREADS)


def check_then_set():
    me = object()
    if "config" not in registry:
        gate.wait()  # 故意在“检查”和“写入”之间停一下：所有线程都已通过检查
        registry["config"] = me
        winners.append(me)


run_threads(check_then_set)
print("先检查再写入，自认为写进去的线程数:", len(winners))

# 4. dict.setdefault 把“没有就写入”做成一步：只有一个线程的值会被写进去
registry = {}
winners = []


def set_once():
    me = object()
    if registry.setdefault("config", me) is me:
        winners.append(me)


run_threads(set_once)
print("用 setdefault，写进去的线程数:", len(winners))
