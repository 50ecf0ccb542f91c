import gevent
from gevent.pool import Group

log = []


def task(n, rounds):
    # 长期运行的任务也必须在循环里让出控制权（gevent.sleep），否则别的 greenlet 饿死
    for r in range(rounds):
        log.append(f"task {n} round {r}")
        gevent.sleep(0.07)


def scheduler(group, total):
    # 主调度 greenlet：边运行边动态地添加新任务（限定数量，程序才能结束）
    for n in range(total):
        log.append(f"spawn task {n}")
        group.spawn(task, n, rounds=3)
        gevent.sleep(0.1)


group = Group()
main = gevent.spawn(scheduler, group, 3)
main.join()
group.join(timeout=2)  # 等最后添加的任务也跑完
print(*log, sep="\n")
print("greenlets still running:", len(group))
