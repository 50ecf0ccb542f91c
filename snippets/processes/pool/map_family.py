import multiprocessing


def square(x):
    return x * x


def power(base, exp):
    return base**exp


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # map：阻塞，结果顺序与输入一致
        print("map:", pool.map(square, range(6)))

        # map_async：立即返回，get() 时才阻塞
        result = pool.map_async(square, range(6))
        print("map_async:", result.get(timeout=5))

        # starmap：每个元素是一组参数，相当于 power(*args)
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
