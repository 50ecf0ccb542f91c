"""任务图：把 Future 当参数传给下一个任务，或者用 dask.delayed 先描述、后计算。"""

import dask
from dask.distributed import Client, LocalCluster


def load(part: int) -> list[int]:
    return list(range(part * 10, part * 10 + 10))  # 假装从第 part 个文件读数据


def clean(rows: list[int]) -> list[int]:
    return [row for row in rows if row % 3 != 0]


def total(parts: list[list[int]]) -> int:
    return sum(sum(rows) for rows in parts)


def main() -> None:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        # 1. futures：上游还没算完，就可以把它的 Future 交给下游
        loaded = client.map(load, range(4))
        cleaned = client.map(clean, loaded)  # 参数是 Future：worker 之间直接传数据
        answer = client.submit(total, cleaned)  # 列表里的 Future 也会被换成结果
        print("futures 版:", answer.result())

        # 2. delayed：调用只是记下一个节点，compute() 才把整张图交给调度器
        lazy_parts = [dask.delayed(clean)(dask.delayed(load)(i)) for i in range(4)]
        lazy_total = dask.delayed(total)(lazy_parts)
        graph = dict(lazy_total.__dask_graph__())
        print("图里的任务数:", len(graph))  # 4 个 load + 4 个 clean + 1 个 total
        # 创建 Client 时它把自己登记为 dask 的默认调度器，compute() 就交给这个集群
        print("compute() 用的是这个集群:", dask.base.get_scheduler() == client.get)
        print("delayed 版:", lazy_total.compute())

        # 用本地普通调用核对
        expected = total([clean(load(i)) for i in range(4)])
        print("与本地计算一致:", expected == answer.result() == lazy_total.compute())


if __name__ == "__main__":
    main()
