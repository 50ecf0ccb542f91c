"""任务队列服务端：TaskManager 的定义、任务函数，以及独立运行的入口。"""

import os
import queue
import sys
from multiprocessing.managers import BaseManager

_tasks = queue.Queue()  # 只存在于服务进程里的两个普通队列
_results = queue.Queue()


def get_tasks():  # 注册用的可调用对象必须是顶层函数：spawn 需要 pickle 它
    return _tasks


def get_results():
    return _results


class TaskManager(BaseManager):
    pass


TaskManager.register("get_tasks", callable=get_tasks)
TaskManager.register("get_results", callable=get_results)


def square(x):  # 任务函数：按 "server.square" 这个名字 pickle，各方都要能 import
    return x * x


def authkey_from_env():
    key = os.environ.get("TASKQ_AUTHKEY")
    if not key:
        sys.exit("TASKQ_AUTHKEY is not set (hex string, e.g. secrets.token_hex(16))")
    return bytes.fromhex(key)


def start_server(authkey, host="127.0.0.1", port=0):
    """在后台子进程中启动服务；port=0 表示由系统分配空闲端口。"""
    manager = TaskManager(address=(host, port), authkey=authkey)
    manager.start()
    return manager


if __name__ == "__main__":
    authkey = authkey_from_env()
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = TaskManager(address=("127.0.0.1", port), authkey=authkey).get_server()
    print("serving on {}:{}".format(*server.address), flush=True)
    server.serve_forever()  # 在当前进程里服务，Ctrl+C 结束
