import math
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    """CPU 密集：数出 [2, limit) 里的素数个数。"""
    return sum(all(n % d for d in range(2, math.isqrt(n) + 1)) for n in range(2, limit))


def main():
    limits = [2_000, 4_000, 6_000, 8_000]
    # 任务函数必须能被 pickle：定义在模块顶层，不能是 lambda 或嵌套函数
    with ProcessPoolExecutor(max_workers=2) as executor:
        # 结果按输入顺序返回；chunksize 把输入分批发给子进程，减少进程间通信次数
        for limit, count in zip(
            limits, executor.map(count_primes, limits, chunksize=2)
        ):
            print(f"{limit} 以内有 {count} 个素数")


if __name__ == "__main__":  # spawn / forkserver 会在子进程里重新导入本模块
    main()
