import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def work(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor() as executor:
    futures = [executor.submit(work, s) for s in (0.1, 0.2, 0.3)]

    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print(f"第一次 wait: 完成 {len(done)} 个，未完成 {len(not_done)} 个")
    print("最先完成的结果:", [f.result() for f in done])

    done, not_done = wait(not_done, timeout=5)  # 默认 ALL_COMPLETED
    print(f"第二次 wait: 完成 {len(done)} 个，未完成 {len(not_done)} 个")
    print("其余结果:", sorted(f.result() for f in done))
