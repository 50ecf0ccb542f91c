"""I/O 密集还是 CPU 密集：比较 CPU 时间和墙钟时间。"""

import time


def wait_for_network():
    time.sleep(0.2)  # 模拟等待网络应答：这段时间不占 CPU


def crunch_numbers():
    total = 0
    for i in range(1_500_000):  # 纯 Python 计算：一直占着 CPU
        total += i * i
    return total


def classify(func):
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    wall = time.perf_counter() - wall  # 墙钟时间：经过了多久
    cpu = time.process_time() - cpu  # CPU 时间：本进程真正在 CPU 上运行了多久
    # 计算时比值接近 1（机器繁忙时低一些），等待时接近 0
    kind = "CPU 密集" if cpu / wall > 0.1 else "I/O 密集"
    print(f"{func.__name__}: CPU {cpu:.3f} 秒 / 墙钟 {wall:.3f} 秒 -> {kind}")


classify(wait_for_network)
classify(crunch_numbers)
