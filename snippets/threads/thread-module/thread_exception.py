import _thread
import sys

reports = []
hook_called = _thread.allocate_lock()
exit_done = _thread.allocate_lock()


def record(unraisable):
    # _thread 线程里未捕获的异常交给 sys.unraisablehook
    # （threading.Thread 里的异常则交给 threading.excepthook）
    reports.append(repr(unraisable.exc_value))
    hook_called.release()


def fails():
    raise ValueError("线程里出错了")


def exits():
    try:
        _thread.exit()  # 抛出 SystemExit：线程静默结束，不算错误
    finally:
        exit_done.release()


sys.unraisablehook = record
hook_called.acquire()
exit_done.acquire()

_thread.start_new_thread(exits, ())
exit_done.acquire(timeout=5)
_thread.start_new_thread(fails, ())
hook_called.acquire(timeout=5)

print("报告给 unraisablehook 的异常:", reports)
