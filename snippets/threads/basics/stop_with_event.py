import threading
import time

stop = threading.Event()
log = []


def poller():
    try:
        # wait() 兼作“休眠”：间隔到了返回 False，收到停止信号立刻返回 True
        while not stop.wait(0.02):
            pass  # 这里做一轮真正的工作
    finally:
        log.append("收到停止信号，清理完毕")


t = threading.Thread(target=poller)  # 非守护线程：解释器会等它
t.start()
time.sleep(0.1)
stop.set()  # 请求停止
t.join()  # 等它把 finally 执行完
print(log[0])
print("线程仍存活:", t.is_alive())
