"""信号处理函数只能在主线程里注册，也总是在主线程里运行。"""

import os
import signal
import threading

ran_in = []


def on_usr1(signum, frame):
    ran_in.append(threading.current_thread().name)


def helper():
    # 在其他线程里注册：ValueError
    try:
        signal.signal(signal.SIGUSR1, on_usr1)
    except ValueError as exc:
        print("helper 注册失败:", exc)
    # 但可以从其他线程发信号；直接发给主线程，不会落到本线程上
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)


signal.signal(signal.SIGUSR1, on_usr1)  # 主线程里注册
print("SIGINT 的默认处理函数:", signal.getsignal(signal.SIGINT).__name__)

os.kill(os.getpid(), signal.SIGUSR1)  # 发给自己：os.kill 返回前处理函数已运行
print("主线程自己发送，处理函数运行在:", ran_in)

ran_in.clear()
t = threading.Thread(target=helper, name="helper")
t.start()
t.join()  # 主线程阻塞在 join() 里，处理函数照样在主线程里运行
print("helper 发送，处理函数运行在:", ran_in)
