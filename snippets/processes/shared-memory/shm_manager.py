import multiprocessing
import os
from multiprocessing.managers import SharedMemoryManager


def fill(shm, start):
    for i in range(4):
        shm.buf[start + i] = start + i
    shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        shm = smm.SharedMemory(size=8)  # 由管理器负责 unlink
        squares = smm.ShareableList([n * n for n in range(4)])
        procs = [
            multiprocessing.Process(target=fill, args=(shm, start)) for start in (0, 4)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("bytes:", list(shm.buf))
        print("squares:", list(squares))
        names = [shm.name, squares.shm.name]
        shm.close()
        squares.shm.close()
    # 离开 with 块：管理器关闭，所有段都已 unlink
    print("still in /dev/shm:", [n for n in names if os.path.exists("/dev/shm/" + n)])
