import math
import multiprocessing
import time


def per_call(store, n):
    start = time.perf_counter()
    for i in range(n):
        store["k"] = i
    return (time.perf_counter() - start) / n


if __name__ == "__main__":
    local_cost = per_call({}, 200_000)
    with multiprocessing.Manager() as manager:
        proxy_cost = per_call(manager.dict(), 2_000)
    print(f"local dict: {local_cost * 1e6:.3f} us per set")
    print(f"proxy dict: {proxy_cost * 1e6:.1f} us per set")
    ratio = proxy_cost / local_cost
    print(f"log10(proxy / local) = {math.log10(ratio):.1f}")
