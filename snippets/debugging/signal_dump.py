import faulthandler
import queue
import re
import signal
import subprocess
import sys
import threading
import time


def wait_for_result(results):
    return results.get(timeout=5)  # 永远等不到结果


def child():
    # 收到 SIGUSR1 就把所有线程的栈写到 stderr，程序照常运行
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    results = queue.Queue()
    done = threading.Event()
    # 一个等结果的工作线程、一个等事件的主线程，谁也等不到（各限时 5 秒）
    threading.Thread(target=wait_for_result, args=(results,), name="waiter").start()
    print("ready", flush=True)
    done.wait(timeout=5)


def tidy(line):
    """线程 id 换成 <id>，路径只留文件名，便于对照。"""
    line = re.sub(r"0x[0-9a-f]+", "<id>", line)
    return re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', line)


def main():
    cmd = [sys.executable, __file__, "child"]
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        proc.stdout.readline()  # 子进程装好了处理函数
        time.sleep(0.3)  # 让两个线程都进入等待
        proc.send_signal(signal.SIGUSR1)  # 相当于在终端里 kill -USR1 PID
        for line in proc.stderr:
            print(tidy(line.rstrip("\n")))
            if line.rstrip().endswith("in <module>"):  # 最后一个线程的最外层帧
                break
        time.sleep(0.1)
        print("转储之后子进程仍在运行:", proc.poll() is None)
        proc.terminate()
    print("子进程退出码:", proc.returncode)


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
