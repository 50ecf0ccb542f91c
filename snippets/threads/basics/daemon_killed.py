import threading
import time

started = threading.Event()


def background_flush():
    try:
        print("守护线程：开始写缓存")
        started.set()
        time.sleep(1)  # 主线程马上就要退出了，这里醒不过来
        print("守护线程：写完了")
    finally:
        print("守护线程：清理资源")  # 永远不会执行


t = threading.Thread(target=background_flush, daemon=True)
t.start()
started.wait()
print("主线程结束，解释器退出，不等守护线程")
