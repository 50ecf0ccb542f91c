"""Dask 的 futures：submit、map、gather、as_completed，集群由本程序自己启动。"""

import os
import time

from dask.distributed import Client, LocalCluster, as_completed


def slow_square(x: int) -> int:
    time.sleep(0.1)
    return x * x


def main() -> None:
    # 两个 worker 进程，每个 1 个线程；不开仪表盘（它要占一个 HTTP 端口）
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = client.run(os.getpid)  # 在每个 worker 上各执行一次：{地址: pid}
        print("worker 数:", len(pids))
        print("worker 都不是本进程:", os.getpid() not in pids.values())

        one = client.submit(slow_square, 7)  # 立即返回一个 Future
        print("submit 立即返回:", type(one).__name__)
        print("result():", one.result())

        many = client.map(slow_square, range(10))
        print("gather:", client.gather(many))

        # 谁先算完就先拿到谁；完成顺序每次可能不同，这里只核对集合
        pending = client.map(slow_square, range(10, 15))
        done = [future.result() for future in as_completed(pending)]
        print("as_completed 拿到:", sorted(done))

        # submit 默认 pure=True：同样的函数和参数得到同一个 key，只算一次
        again = client.submit(slow_square, 7)
        print("同参数同 key:", again.key == one.key)
        fresh = client.submit(slow_square, 7, pure=False)
        print("pure=False 另起 key:", fresh.key != one.key, fresh.result())


if __name__ == "__main__":
    main()
