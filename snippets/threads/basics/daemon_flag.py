import threading
import time

t1 = threading.Thread(target=time.sleep, args=(0.05,), daemon=True)  # 构造参数
t2 = threading.Thread(target=time.sleep, args=(0.05,))
t2.daemon = True  # 或者在 start() 之前设置属性

print("主线程是守护线程吗:", threading.main_thread().daemon)
print("t1.daemon =", t1.daemon, " t2.daemon =", t2.daemon)

inherited = []


def spawn_child():
    # 新线程的 daemon 默认继承自创建它的线程
    child = threading.Thread(target=time.sleep, args=(0.01,))
    inherited.append(child.daemon)
    child.start()
    child.join()


t1.start()
t2.start()
parent = threading.Thread(target=spawn_child, daemon=True)
parent.start()
parent.join()
print("守护线程里创建的线程默认 daemon =", inherited[0])

try:
    t1.daemon = False  # 线程已启动，不能再修改
except RuntimeError as e:
    print("RuntimeError:", e)

t1.join()
t2.join()
