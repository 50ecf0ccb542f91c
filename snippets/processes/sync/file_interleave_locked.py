import multiprocessing
import os
import tempfile
import time

RECORDS = 200


def write_records(path, tag, barrier, lock):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    barrier.wait()
    for _ in range(RECORDS):
        with lock:  # 一条记录的三次写入作为一个整体
            os.write(fd, b"<")
            time.sleep(0.0005)  # 持有锁时，另一个进程插不进来
            os.write(fd, tag)
            os.write(fd, b">\n")
    os.close(fd)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.txt")
        open(path, "w").close()
        barrier = multiprocessing.Barrier(2)
        lock = multiprocessing.Lock()
        procs = [
            multiprocessing.Process(
                target=write_records, args=(path, tag, barrier, lock)
            )
            for tag in (b"A", b"B")
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        with open(path) as f:
            lines = f.read().splitlines()
    broken = [line for line in lines if line not in ("<A>", "<B>")]
    print("records written:", len(lines))
    print("corrupted records:", len(broken))
