import contextvars
import subprocess
import sys
import sysconfig
import threading
import warnings

request_id = contextvars.ContextVar("request_id", default="（未设置）")


def demo():
    # 1. 新线程能不能看到启动它的线程设置的上下文变量？
    request_id.set("req-42")
    seen = []
    t = threading.Thread(target=lambda: seen.append(request_id.get()))
    t.start()
    t.join()
    print("  新线程读到的 request_id:", seen[0])

    # 2. 一个线程里的 catch_warnings() 会不会影响另一个线程？
    warnings.simplefilter("error")  # 全局规则：警告一律变成异常
    entered, done = threading.Event(), threading.Event()
    outcome = []

    def quiet():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # 只想让本线程安静
            entered.set()
            done.wait()

    def noisy():
        entered.wait()  # 等 quiet 进入 catch_warnings 之后再发警告
        try:
            warnings.warn("磁盘快满了")
            outcome.append("被另一个线程的 catch_warnings 吞掉了")
        except UserWarning:
            outcome.append("照常按全局规则变成异常")
        done.set()

    threads = [threading.Thread(target=quiet), threading.Thread(target=noisy)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("  另一个线程发出的警告:", outcome[0])


if sys.argv[1:] == ["--child"]:
    demo()
else:
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    flags = (sys.flags.thread_inherit_context, sys.flags.context_aware_warnings)
    # 两个标志的默认值：自由线程构建上都是 1，有 GIL 的构建上都是 0
    print("默认值跟随构建:", flags == (int(free_threaded),) * 2)
    for value in (0, 1):
        options = ["-X", f"thread_inherit_context={value}"]
        options += ["-X", f"context_aware_warnings={value}"]
        print(f"两个标志都设为 {value}:")
        child = subprocess.run(
            [sys.executable, *options, __file__, "--child"],
            capture_output=True,
            text=True,
            check=True,
        )
        print(child.stdout, end="")
