import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # apply：阻塞，直到结果返回
        print("apply:", pool.apply(square, (3,)))

        # apply_async：立即返回 AsyncResult，结果稍后用 get() 取
        pending = [pool.apply_async(square, (n,)) for n in range(5)]
        print("type:", type(pending[0]).__name__)
        print("apply_async:", [r.get(timeout=5) for r in pending])
