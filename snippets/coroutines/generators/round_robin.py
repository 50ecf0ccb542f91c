from collections import deque


def task(name, steps):
    for i in range(1, steps + 1):
        yield f"{name} 第 {i} 步"  # yield = 主动让出控制权
    return f"{name} 完成"


def run(tasks):
    """极简的轮转调度器：事件循环的雏形。"""
    ready = deque(tasks)
    while ready:  # 所有任务都结束时退出
        current = ready.popleft()
        try:
            message = next(current)  # 让任务运行到下一个 yield
        except StopIteration as stop:
            message = stop.value  # 任务结束，不再放回队列
        else:
            ready.append(current)  # 还没结束：排到队尾，轮到别人
        print(message)
        #> 甲 第 1 步
        #> 乙 第 1 步
        #> 丙 第 1 步
        #> 甲 第 2 步
        #> 乙 第 2 步
        #> 丙 完成
        #> 甲 第 3 步
        #> 乙 完成
        #> 甲 完成


run([task("甲", 3), task("乙", 2), task("丙", 1)])
