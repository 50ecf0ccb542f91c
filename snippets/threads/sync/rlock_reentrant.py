import threading


def make_tree_sum(lock):
    def tree_sum(node):
        # 同一个线程在递归中会多次获取同一把锁
        if not lock.acquire(timeout=0.1):  # 用超时代替永久死锁，便于演示
            raise TimeoutError("同一线程第二次获取 Lock：死锁了")
        try:
            value, children = node
            return value + sum(tree_sum(child) for child in children)
        finally:
            lock.release()

    return tree_sum


tree = (1, [(2, []), (3, [(4, [])])])

try:
    make_tree_sum(threading.Lock())(tree)
except TimeoutError as e:
    print("Lock:", e)

print("RLock:", make_tree_sum(threading.RLock())(tree))
