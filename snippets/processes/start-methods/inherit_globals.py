import multiprocessing

SETTINGS = {"mode": "default"}


def show():
    print("child sees mode =", SETTINGS["mode"], flush=True)


if __name__ == "__main__":
    SETTINGS["mode"] = "changed in __main__"  # 只在父进程里修改
    print("start method:", multiprocessing.get_start_method(), flush=True)
    print("parent sees mode =", SETTINGS["mode"], flush=True)
    proc = multiprocessing.Process(target=show)
    proc.start()
    proc.join()
