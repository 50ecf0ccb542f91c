"""客户端：提交任务，收集结果。"""

import math
import sys

from server import TaskManager, authkey_from_env, square


def submit(host, port, authkey):
    manager = TaskManager(address=(host, port), authkey=authkey)
    manager.connect()
    tasks, results = manager.get_tasks(), manager.get_results()
    jobs = {0: (square, (7,)), 1: (math.factorial, (10,)), 2: (pow, (2, 10))}
    for task_id, (func, args) in jobs.items():
        tasks.put((task_id, func, args))  # 函数按名字 pickle，不传代码
    answers = dict(results.get(timeout=10) for _ in jobs)
    for task_id, (func, args) in jobs.items():
        print(f"{func.__name__}{args} = {answers[task_id]}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python client.py HOST PORT  (authkey in TASKQ_AUTHKEY)")
    submit(sys.argv[1], int(sys.argv[2]), authkey_from_env())
