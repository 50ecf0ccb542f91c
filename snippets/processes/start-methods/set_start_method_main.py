import multiprocessing


def work(queue):
    queue.put(multiprocessing.current_process().name)


if __name__ == "__main__":
    # 全局设置：只能在主模块的 __main__ 保护块里、创建任何进程之前调用一次
    multiprocessing.set_start_method("spawn")
    # 打包成可执行文件时需要；放在 set_start_method() 之后，原因见正文
    multiprocessing.freeze_support()
    print("start method:", multiprocessing.get_start_method())

    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=work, args=(queue,), name="worker-1")
    proc.start()
    print("child says:", queue.get(timeout=5))
    proc.join()

    try:
        multiprocessing.set_start_method("fork")  # 第二次设置会报错
    except RuntimeError as exc:
        print("RuntimeError:", exc)
