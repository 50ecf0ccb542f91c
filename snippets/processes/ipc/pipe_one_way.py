import multiprocessing


def writer(send_end):
    for n in range(3):
        send_end.send(n)
    send_end.close()


if __name__ == "__main__":
    # duplex=False 返回 (只读端, 只写端)，顺序与 os.pipe() 相同
    recv_end, send_end = multiprocessing.Pipe(duplex=False)
    print("recv_end readable/writable:", recv_end.readable, recv_end.writable)
    print("send_end readable/writable:", send_end.readable, send_end.writable)
    try:
        recv_end.send("x")
    except OSError as exc:
        print("OSError:", exc)

    proc = multiprocessing.Process(target=writer, args=(send_end,))
    proc.start()
    send_end.close()  # 关键：父进程也要关掉自己那份写端，否则永远读不到 EOF
    received = []
    while True:
        try:
            received.append(recv_end.recv())
        except EOFError:  # 所有写端都关闭后才会出现
            break
    proc.join()
    recv_end.close()
    print("received:", received)
