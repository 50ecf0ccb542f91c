import multiprocessing


def producer(q, done):
    q.put("x" * 1_000_000)  # 1 MB，远大于管道缓冲区
    done.set()  # 函数体已经执行完了


if __name__ == "__main__":
    q = multiprocessing.Queue()
    done = multiprocessing.Event()
    proc = multiprocessing.Process(target=producer, args=(q, done))
    proc.start()
    done.wait(timeout=5)

    # 错误顺序：先 join。子进程退出前要把缓冲的数据全部写进管道，而没人读管道
    proc.join(timeout=0.5)
    print("target finished:", done.is_set(), "| still alive:", proc.is_alive())

    # 正确顺序：先 get，再 join
    data = q.get(timeout=5)
    proc.join()
    print("got", len(data), "bytes; exitcode:", proc.exitcode)
