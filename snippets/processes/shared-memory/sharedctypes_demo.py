import ctypes
import multiprocessing
from multiprocessing import sharedctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


def move(points, hits):
    for p in points:  # 共享数组里的元素是 Point 结构体
        p.x += 1.0
        p.y *= 2.0
    with hits.get_lock():
        hits.value += 1


if __name__ == "__main__":
    # RawValue / RawArray：没有锁，访问最快，同步要自己负责
    raw_count = sharedctypes.RawValue(ctypes.c_int, 7)
    raw_bytes = sharedctypes.RawArray("b", b"abc")
    print("raw:", raw_count.value, bytes(raw_bytes), hasattr(raw_count, "get_lock"))

    # synchronized()：给原始对象套上一把锁
    safe_count = sharedctypes.synchronized(raw_count)
    print("synchronized:", type(safe_count).__name__, safe_count.value)

    # Array 的元素可以是 ctypes 结构体
    points = multiprocessing.Array(Point, [(0.0, 1.0), (10.0, 2.5)], lock=False)
    hits = multiprocessing.Value(ctypes.c_int, 0)  # 默认 lock=True
    proc = multiprocessing.Process(target=move, args=(points, hits))
    proc.start()
    proc.join()
    print("points:", [(p.x, p.y) for p in points])
    print("hits:", hits.value)
