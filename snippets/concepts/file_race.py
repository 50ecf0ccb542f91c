"""没有共享内存的竞态条件：两个线程都想创建同一个文件，并都以为自己成功了。"""

import os
import tempfile
import threading


def create_checked(path, name, pause):
    if not os.path.exists(path):  # 检查
        pause()  # 在检查和创建之间切换到另一个线程
        with open(path, "w") as f:  # 行动：另一个线程可能已经建好了文件
            f.write(name)
        return True
    return False


def create_atomic(path, name, pause):
    try:
        with open(path, "x") as f:  # "x"：检查和创建由操作系统一步完成，中间无处插入
            f.write(name)
        return True
    except FileExistsError:
        return False


def race(create, pause):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "owner.txt")
        results = []

        def worker(name):
            results.append(create(path, name, pause))

        threads = [threading.Thread(target=worker, args=(n,)) for n in "AB"]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"{create.__name__}: {results.count(True)} 个线程认为文件是自己创建的")


# 屏障让两个线程都通过检查之后才去创建：把“不走运”的交错固定下来
race(create_checked, threading.Barrier(2, timeout=5).wait)
race(create_atomic, None)
