"""主线程的代码执行完之后：先等线程池，再等非守护线程，然后运行 atexit；守护线程不等。"""

import atexit
import threading
from concurrent.futures import ThreadPoolExecutor

main_done = threading.Event()
pool_done = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)  # 故意不调用 shutdown()


def pool_task():
    main_done.wait()
    print("2. 线程池里的任务做完")
    pool_done.set()


def non_daemon():
    pool_done.wait()
    print("3. 非守护线程做完")


def daemon():
    try:
        threading.Event().wait()  # 永远等下去
    finally:
        print("守护线程: finally")  # 不会出现


def at_exit():
    print("4. atexit: 守护线程还在运行:", daemon_thread.is_alive())
    try:
        pool.submit(print, "不会执行")
    except RuntimeError as exc:
        print("   atexit 里再提交任务:", exc)


atexit.register(at_exit)
pool.submit(pool_task)
threading.Thread(target=non_daemon).start()
daemon_thread = threading.Thread(target=daemon, daemon=True)
daemon_thread.start()
print("1. 主线程的代码执行完")
main_done.set()
