import multiprocessing
import os
import tempfile
import time

RECORDS = 200


def write_records(path, tag, barrier):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    barrier.wait()  # 两个进程同时开始写
    for _ in range(RECORDS):
        # 一条记录分三次写入，中间还有别的工作（这里用 sleep 模拟）：
        # 这期间另一个进程的写入随时可能插进来
        os.write(fd, b"<")
        time.sleep(0.0005)
        os.write(fd, tag)
        os.write(fd, b">\n")
    os.close(fd)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.txt")
        open(path, "w").close()
        barrier = multiprocessing.Barrier(2)
        procs = [
            multiprocessing.Process(target=write_records, args=(path, tag, barrier))
            for tag in (b"A", b"B")
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        with open(path) as f:
            lines = f.read().splitlines()
    broken = [line for line in lines if line not in ("<A>", "<B>")]
    print("records written:", 2 * RECORDS)
    print("some records corrupted:", len(broken) > 0)
