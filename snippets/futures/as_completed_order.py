import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(name, seconds):
    time.sleep(seconds)
    return f"{name} 完成"


jobs = {"慢": 0.3, "快": 0.1, "中": 0.2}
with ThreadPoolExecutor() as executor:
    # 常见写法：用字典记住每个 future 对应哪个输入
    future_to_name = {
        executor.submit(fetch, name, seconds): name for name, seconds in jobs.items()
    }
    for future in as_completed(future_to_name):  # 谁先完成先产出谁
        print(future_to_name[future], "->", future.result())
