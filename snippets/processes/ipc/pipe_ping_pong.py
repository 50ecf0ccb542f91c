import multiprocessing


def pong(conn):
    while True:
        n = conn.recv()
        if n is None:  # 约定的结束信号
            break
        conn.send(n + 1)
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()  # 默认 duplex=True：两端都能收发
    proc = multiprocessing.Process(target=pong, args=(child_end,))
    proc.start()
    child_end.close()  # 父进程用不到子进程那一端

    n = 0
    for _ in range(3):  # 有限轮次；要一直运行就换成 while 并约定退出条件
        parent_end.send(n)
        n = parent_end.recv()
        print("parent got", n)
    parent_end.send(None)
    proc.join()
    parent_end.close()
