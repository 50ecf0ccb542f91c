import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

DELAYS = (0.1, 0.2, 0.3)


def work(seconds):
    time.sleep(seconds)
    if seconds == 0.2:
        raise ValueError("失败")
    return "成功"


with ThreadPoolExecutor() as executor:
    futures = [executor.submit(work, s) for s in DELAYS]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    for seconds, future in zip(DELAYS, futures):
        if future in not_done:
            state = "还没完成"
        elif future.exception() is not None:
            state = f"抛出 {future.exception()!r}"
        else:
            state = f"返回 {future.result()!r}"
        print(f"{seconds} 秒的任务: {state}")
