import time

import gevent


def fetch(name, delay):
    # gevent.sleep 不阻塞整个线程，只是让出控制权给其他 greenlet
    gevent.sleep(delay)
    return f"{name} after {delay}s"


start = time.perf_counter()
jobs = [gevent.spawn(fetch, f"job{i}", 0.1) for i in range(3)]
gevent.joinall(jobs, timeout=2)  # 等全部完成（最多 2 秒）
print([job.value for job in jobs])  # value：函数的返回值
print("all successful:", all(job.successful() for job in jobs))
print(f"elapsed: {time.perf_counter() - start:.1f}s")  # 三个 0.1 秒重叠执行
