import os

# 这台机器的逻辑 CPU 数：同一时刻最多能有这么多个线程或进程真正同时（并行）运行
print(f"logical CPUs: {os.cpu_count()}")
