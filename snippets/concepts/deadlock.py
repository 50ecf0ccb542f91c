"""死锁：两个线程以相反的顺序获取两把锁。"""

import threading

a, b = threading.Lock(), threading.Lock()


def transfer(first, second, sync, report):
    with first:
        sync()  # 等对方也拿到它的第一把锁
        # 带超时获取：真正的死锁会永远等下去，这里等 0.2 秒就放弃
        if second.acquire(timeout=0.2):
            second.release()
            report.append("完成")
        else:
            report.append("等不到第二把锁")
        sync()  # 双方都试过之后，才放开第一把锁


def run(title, order_1, order_2, sync):
    reports = [[], []]
    threads = [
        threading.Thread(target=transfer, args=(*order_1, sync, reports[0])),
        threading.Thread(target=transfer, args=(*order_2, sync, reports[1])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{title}: 线程 1 {reports[0][0]}, 线程 2 {reports[1][0]}")


# 线程 1 先 a 后 b，线程 2 先 b 后 a：各占一把、再等对方那把，形成循环等待
run("相反的顺序", (a, b), (b, a), threading.Barrier(2, timeout=5).wait)
# 两个线程都先 a 后 b：拿不到 a 的线程什么也没占着，循环等待不会出现
run("相同的顺序", (a, b), (a, b), lambda: None)
