import linecache
import sys
import threading
import time

a, b = threading.Lock(), threading.Lock()
LOCK_NAMES = {id(a): "A", id(b): "B"}


def transfer(first, second):
    with first:
        time.sleep(0.1)
        # 真实代码是 with second:，会永远等下去；这里限时 1 秒，示例才能自己结束
        if second.acquire(timeout=1):
            second.release()


def where(thread, frame):
    """打印一个线程停在哪：只看本文件里的帧，附上其中指向锁的局部变量。"""
    print(f"[{thread.name}]")
    stack = []
    while frame is not None:
        if frame.f_code.co_filename == where.__code__.co_filename:
            stack.append(frame)
        frame = frame.f_back
    for f in reversed(stack):  # 从外到内
        line = linecache.getline(f.f_code.co_filename, f.f_lineno).strip()
        print(f"  {f.f_code.co_name}() 第 {f.f_lineno} 行: {line}")
        if f.f_code.co_name == "<module>":
            continue  # 模块的“局部变量”就是全局变量，不看
        locks = [
            f"{k}={LOCK_NAMES[id(v)]}"
            for k, v in f.f_locals.items()
            if id(v) in LOCK_NAMES
        ]
        if locks:
            print("    局部变量:", ", ".join(locks))


def watchdog(finished, timeout):
    if finished.wait(timeout):
        return
    print(f"看门狗: {timeout} 秒还没完成，各线程此刻在:")
    frames = sys._current_frames()  # {线程 id: 该线程最内层的帧}
    for thread in sorted(threading.enumerate(), key=lambda t: t.name):
        if thread is not threading.current_thread():
            where(thread, frames[thread.ident])


def main():
    finished = threading.Event()
    dog = threading.Thread(target=watchdog, args=(finished, 0.5), name="watchdog")
    dog.start()
    workers = [
        threading.Thread(target=transfer, args=(a, b), name="worker-1"),
        threading.Thread(target=transfer, args=(b, a), name="worker-2"),
    ]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    finished.set()
    dog.join()


main()
