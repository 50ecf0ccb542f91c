from gevent import monkey

monkey.patch_all()  # 必须最先执行：在导入 socket/threading/ssl/time 等之前

import threading
import time

import gevent


def blocking_style(i):
    time.sleep(0.1)  # 已被替换成 gevent.sleep：看起来阻塞，实际让出 CPU
    return i


start = time.perf_counter()
jobs = [gevent.spawn(blocking_style, i) for i in range(5)]
gevent.joinall(jobs)
print("results:", [job.value for job in jobs])
print(f"5 x time.sleep(0.1) took {time.perf_counter() - start:.1f}s")
print("time patched:", monkey.is_module_patched("time"))

# threading 也被替换了：Thread 对象背后其实是 greenlet，全都跑在同一个操作系统线程里
native_ids = set()


def record():
    time.sleep(0.05)
    native_ids.add(threading.get_native_id())


threads = [threading.Thread(target=record) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("OS threads behind 3 Thread objects:", len(native_ids))
