import multiprocessing

if __name__ == "__main__":
    manager = multiprocessing.Manager()  # 立即启动管理器进程
    try:
        d = manager.dict(a=1)
        print("inside:", dict(d))
    finally:
        manager.shutdown()  # 不用 with 时，记得显式关闭
    try:
        d["a"]
    except ConnectionError as exc:  # 管理器进程已退出，代理失效
        print("after shutdown:", type(exc).__name__)

    with multiprocessing.Manager() as manager:  # 推荐：with 块退出时自动 shutdown
        d = manager.dict(b=2)
        print("with block:", dict(d))
