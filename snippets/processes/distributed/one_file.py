import multiprocessing
import pickle
import queue
import secrets
from multiprocessing.managers import BaseManager

_tasks = queue.Queue()
_results = queue.Queue()


def get_tasks():
    return _tasks


def get_results():
    return _results


class QueueManager(BaseManager):
    pass


# 在模块顶层注册：spawn/forkserver 的子进程重新导入本模块时也能看到
QueueManager.register("get_tasks", callable=get_tasks)
QueueManager.register("get_results", callable=get_results)


def cube(x):
    return x**3


def worker(address, authkey):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()  # 和远程机器上的 worker 一样，凭地址和密钥连接
    tasks, results = manager.get_tasks(), manager.get_results()
    for func, arg in iter(tasks.get, None):
        results.put((arg, func(arg)))


if __name__ == "__main__":
    authkey = secrets.token_bytes(16)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    with manager:  # __enter__ 调用 start()，__exit__ 调用 shutdown()
        tasks, results = manager.get_tasks(), manager.get_results()
        try:
            tasks.put((lambda x: x, 1))  # 参数要先 pickle 再发给服务进程
        except pickle.PicklingError:
            print("lambda: PicklingError")

        procs = [
            multiprocessing.Process(target=worker, args=(manager.address, authkey))
            for _ in range(2)
        ]
        for p in procs:
            p.start()
        for n in range(5):
            tasks.put((cube, n))
        for _ in procs:
            tasks.put(None)
        print(sorted(results.get(timeout=5) for _ in range(5)))
        for p in procs:
            p.join()
