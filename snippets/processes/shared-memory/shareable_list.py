import multiprocessing
from multiprocessing import shared_memory


def bump(name):
    items = shared_memory.ShareableList(name=name)
    try:
        items[0] += 1  # 就地修改：不能改变元素个数
        items[2] = "done"  # str/bytes 不能超过创建时的长度
    finally:
        items.shm.close()


if __name__ == "__main__":
    items = shared_memory.ShareableList([41, 2.5, "todo", None, True])
    try:
        proc = multiprocessing.Process(target=bump, args=(items.shm.name,))
        proc.start()
        proc.join()
        print(list(items))
        try:
            items[2] = "much longer text"
        except ValueError as exc:
            print("ValueError:", exc)
    finally:
        items.shm.close()
        items.shm.unlink()
