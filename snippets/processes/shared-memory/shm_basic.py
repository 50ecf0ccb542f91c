import multiprocessing
from multiprocessing import shared_memory


def writer(name):
    shm = shared_memory.SharedMemory(name=name)  # 按名字附加到已有的段
    try:
        shm.buf[:5] = b"hello"
    finally:
        shm.close()  # 只关闭本进程的映射，段本身还在


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        print("name starts with psm_:", shm.name.startswith("psm_"))
        proc = multiprocessing.Process(target=writer, args=(shm.name,))
        proc.start()
        proc.join()
        print("parent reads:", bytes(shm.buf[:5]))
    finally:
        shm.close()
        shm.unlink()  # 只能由一个进程调用一次：真正删除 /dev/shm 中的段
