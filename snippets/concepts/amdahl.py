"""阿姆达尔定律：可并行部分占比为 p 时，n 个核最多快多少倍。"""


def speedup(p, n):
    return 1 / ((1 - p) + p / n)


cores = [1, 2, 4, 8, 16, 64]
print("可并行部分" + "".join(f"{n:>5} 核" for n in cores) + "    上限")
for p in (0.5, 0.9, 0.95, 0.99):
    row = "".join(f"{speedup(p, n):8.2f}" for n in cores)
    print(f"{p:>10.0%}{row}{1 / (1 - p):8.0f}")  # 上限：核数趋于无穷时
