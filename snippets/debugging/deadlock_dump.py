import faulthandler
import re
import subprocess
import sys
import threading
import time


def transfer(first, second):
    with first:
        time.sleep(0.1)  # 让另一个线程有时间拿到它的第一把锁
        with second:  # 两个线程都停在这里，互相等待
            pass


def child():
    # 0.5 秒后，faulthandler 的看门狗线程把所有线程的栈写到 stderr；
    # exit=False：写完不退出
    faulthandler.dump_traceback_later(0.5, exit=False)
    a, b = threading.Lock(), threading.Lock()
    t1 = threading.Thread(target=transfer, args=(a, b), name="worker-1")
    t2 = threading.Thread(target=transfer, args=(b, a), name="worker-2")
    t1.start()
    t2.start()
    t1.join()  # 永远等不到
    t2.join()


def tidy(line):
    """线程 id 换成 <id>，路径只留文件名，便于对照。"""
    line = re.sub(r"0x[0-9a-f]+", "<id>", line)
    return re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', line)


def main():
    cmd = [sys.executable, __file__, "child"]
    with subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) as proc:
        for line in proc.stderr:  # 子进程卡住了，转储是它在 stderr 上唯一的输出
            print(tidy(line.rstrip("\n")))
            if line.rstrip().endswith("in <module>"):  # 主线程排在最后
                break
        proc.kill()  # 死锁的进程不会自己结束
    print("子进程已被结束，退出码:", proc.returncode)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
