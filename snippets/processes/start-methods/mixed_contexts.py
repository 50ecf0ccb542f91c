import multiprocessing


def use(lock):
    with lock:
        pass


if __name__ == "__main__":
    fork_lock = multiprocessing.get_context("fork").Lock()
    spawn_ctx = multiprocessing.get_context("spawn")
    proc = spawn_ctx.Process(target=use, args=(fork_lock,))
    try:
        proc.start()  # fork 上下文的锁交给 spawn 子进程：不支持
        proc.join()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    # 正确做法：锁和进程来自同一个上下文（并且父进程要一直持有这把锁的引用）
    spawn_lock = spawn_ctx.Lock()
    proc = spawn_ctx.Process(target=use, args=(spawn_lock,))
    proc.start()
    proc.join()
    print("same context, exitcode:", proc.exitcode)
