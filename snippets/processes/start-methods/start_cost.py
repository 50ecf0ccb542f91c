import multiprocessing
import time


def noop(_=None):
    return None


def process_cost(ctx, n=3):
    start = time.perf_counter()
    for _ in range(n):
        proc = ctx.Process(target=noop)
        proc.start()
        proc.join()
    return (time.perf_counter() - start) / n


def pool_cost(ctx):
    start = time.perf_counter()
    with ctx.Pool(processes=2) as pool:
        pool.map(noop, range(2))
    return time.perf_counter() - start


if __name__ == "__main__":
    costs = {}
    for method in ["fork", "spawn", "forkserver"]:
        ctx = multiprocessing.get_context(method)
        process_cost(ctx, n=1)  # 预热：forkserver 首次使用时要先启动服务进程
        costs[method] = process_cost(ctx)
        print(
            f"{method:>10}: Process start+join {costs[method] * 1000:6.1f} ms, "
            f"Pool(2) create+map+exit {pool_cost(ctx) * 1000:6.1f} ms"
        )
    print("spawn slower than fork:", costs["spawn"] > costs["fork"])
