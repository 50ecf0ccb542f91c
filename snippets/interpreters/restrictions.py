"""interpreters.create() 建出的子解释器是隔离的：有些操作只有主解释器能做。"""

from concurrent import interpreters


def probe(action):
    import os
    import signal
    import subprocess
    import sys
    import threading

    try:
        if action == "普通线程":
            thread = threading.Thread(target=abs, args=(0,))
            thread.start()
            thread.join()
        elif action == "守护线程":
            threading.Thread(target=abs, args=(0,), daemon=True).start()
        elif action == "os.fork()":
            os.fork()
        elif action == "subprocess":
            subprocess.run([sys.executable, "-c", "pass"], check=True)
        elif action == "signal.signal()":
            signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except (RuntimeError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return "可以"


if __name__ == "__main__":
    interp = interpreters.create()
    actions = ["普通线程", "守护线程", "os.fork()", "subprocess", "signal.signal()"]
    for action in actions:
        print(f"{action}: {interp.call(probe, action)}")
    interp.close()
