import itertools
from concurrent.futures import ThreadPoolExecutor


def numbers(n):
    for i in range(n):
        print(f"  取出输入 {i}")
        yield i


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=2) as executor:
    print("不带 buffersize：")
    results = executor.map(square, numbers(4))
    print("  map() 返回")  # 此时输入已经全部取完、全部提交
    for r in results:
        print("  结果", r)

    print("buffersize=2：")
    results = executor.map(square, numbers(4), buffersize=2)
    print("  map() 返回")  # 只取了前 2 个输入
    for r in results:
        print("  结果", r)  # 每取一个结果之前，先补提交一个输入

    # 无穷的输入：不带 buffersize 时 map() 会一直提交下去，永不返回
    source = itertools.count()
    results = executor.map(square, source, buffersize=4)
    print("无穷输入的前 5 个结果:", list(itertools.islice(results, 5)))
    print("从 count() 取走的输入个数:", next(source))  # 0 到 8，共 9 个
    results.close()  # 不再需要：取消已提交但还没开始的任务
