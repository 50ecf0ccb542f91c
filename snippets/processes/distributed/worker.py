"""工作进程：连接服务端，取任务、执行、放回结果。"""

import queue
import sys

from server import TaskManager, authkey_from_env


def work(host, port, authkey):
    manager = TaskManager(address=(host, port), authkey=authkey)
    manager.connect()
    tasks, results = manager.get_tasks(), manager.get_results()
    handled = 0
    while True:
        try:
            item = tasks.get(timeout=5)  # 超时就退出，服务端消失时不会永远挂起
        except queue.Empty:
            break
        if item is None:  # 哨兵：没有更多任务
            break
        task_id, func, args = item
        results.put((task_id, func(*args)))
        handled += 1
    return handled


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python worker.py HOST PORT  (authkey in TASKQ_AUTHKEY)")
    handled = work(sys.argv[1], int(sys.argv[2]), authkey_from_env())
    print("handled", handled)
