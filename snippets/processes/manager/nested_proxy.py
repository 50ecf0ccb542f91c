import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        d = manager.dict()

        d["plain"] = []
        d["plain"].append(1)  # d["plain"] 返回的是一份本地拷贝，修改丢失
        print("plain list:", d["plain"])

        tmp = d["plain"]  # 办法一：取出、修改、整体写回
        tmp.append(1)
        d["plain"] = tmp
        print("reassigned:", d["plain"])

        d["proxy"] = manager.list()  # 办法二：存一个代理（嵌套代理，3.6+）
        d["proxy"].append(1)
        print("nested proxy:", list(d["proxy"]), type(d["proxy"]).__name__)
