"""任务抛异常时的 retries=，以及 worker 进程崩溃时调度器的自动重排。"""

import logging
import os
import tempfile
from pathlib import Path

import dask
from dask.distributed import Client, KilledWorker, LocalCluster


def flaky(workdir: str, failures: int) -> str:
    """前 failures 次调用抛 ConnectionError；次数记在文件里，因为每次可能在不同进程。"""
    log = Path(workdir) / "attempts"
    with log.open("a") as f:
        f.write("x")
    attempt = len(log.read_text())
    if attempt <= failures:
        raise ConnectionError(f"第 {attempt} 次：下游暂时不可用")
    return f"第 {attempt} 次成功"


def crash_once(workdir: str) -> bool:
    """第一次执行时让 worker 进程当场死掉（像被 OOM killer 杀掉一样）。"""
    marker = Path(workdir) / "crashed_pid"
    if not marker.exists():
        marker.write_text(str(os.getpid()))
        os._exit(1)
    return int(marker.read_text()) != os.getpid()


def always_crash() -> None:
    os._exit(1)


def main() -> None:
    # 调度器创建时读取配置：一个任务害死的 worker 超过 1 个就判它有毒（默认 3 个）
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        tempfile.TemporaryDirectory() as workdir,
        # 这里故意制造失败，worker 会把每次失败和重启记到 stderr 日志里；
        # silence_logs 把 distributed 的日志级别调到 CRITICAL，只看程序自己的输出
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        Path(f"{workdir}/a").mkdir()
        ok = client.submit(flaky, f"{workdir}/a", 2, retries=2)
        print("retries=2:", ok.result())

        Path(f"{workdir}/b").mkdir()
        gave_up = client.submit(flaky, f"{workdir}/b", 2, retries=1)
        print("retries=1:", repr(gave_up.exception()))

        Path(f"{workdir}/c").mkdir()
        moved = client.submit(crash_once, f"{workdir}/c")
        print("worker 崩溃后换进程重做:", moved.result())

        poison = client.submit(always_crash)
        error = poison.exception()
        print("有毒的任务:", type(error).__name__, isinstance(error, KilledWorker))

        # nanny 会把死掉的 worker 重新拉起来；等它注册完再关集群，免得关到一半
        client.wait_for_workers(2, timeout=30)
        print("worker 又回到:", len(client.scheduler_info()["workers"]))


if __name__ == "__main__":
    main()
