import _thread
import time


def background():
    try:
        time.sleep(1)
        print("后台线程：工作完成")
    finally:
        print("后台线程：清理资源")  # 主线程退出时，这里不会被执行


_thread.start_new_thread(background, ())
time.sleep(0.1)
print("主线程结束；_thread 创建的线程不会被等待")
