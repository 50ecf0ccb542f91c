"""一次跑通：启动服务端，再用 subprocess 启动 2 个 worker 和 1 个 client。"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from server import start_server

HERE = Path(__file__).resolve().parent


def launch(script, host, port, env):
    return subprocess.Popen(
        [sys.executable, str(HERE / script), host, str(port)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


if __name__ == "__main__":
    authkey = secrets.token_bytes(16)  # 每次随机生成，不写死在代码里
    manager = start_server(authkey)  # multiprocessing 按当前启动方法创建服务进程
    host, port = manager.address  # 端口 0 → 读回系统实际分配的端口
    print(f"server on {host}:{port}")
    env = {**os.environ, "TASKQ_AUTHKEY": authkey.hex()}  # 经环境变量传密钥
    workers = []
    try:
        workers = [launch("worker.py", host, port, env) for _ in range(2)]
        client = launch("client.py", host, port, env)
        print(client.communicate(timeout=10)[0], end="")

        tasks = manager.get_tasks()
        for _ in workers:
            tasks.put(None)  # 每个 worker 一个哨兵
        handled = [int(w.communicate(timeout=10)[0].split()[1]) for w in workers]
        print("tasks handled by workers:", sum(handled))
        print("exit codes:", [client.returncode] + [w.returncode for w in workers])
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        manager.shutdown()
