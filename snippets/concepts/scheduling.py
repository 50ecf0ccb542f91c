"""一个极简的单 CPU 调度模拟器：每个时间单位输出一个字符。"""

from collections import deque
from dataclasses import dataclass

# 名字、到达时刻、运行时间、类别（只有多级队列用到）
JOBS = [
    ("A", 0, 7, "batch"),
    ("B", 1, 4, "batch"),
    ("C", 2, 1, "interactive"),
    ("D", 3, 3, "interactive"),
    ("E", 5, 2, "interactive"),
]


@dataclass
class Job:
    name: str
    arrival: int
    burst: int
    kind: str
    remaining: int = 0
    first_run: int = -1
    finish: int = -1
    level: int = 0  # 当前所在的队列（只用于多级反馈队列）
    used: int = 0  # 在当前时间片里已经用掉的时间


class FCFS:
    """先来先服务：作业一直运行到结束。"""

    name = "FCFS"

    def __init__(self):
        self.ready = deque()

    def add(self, job):
        self.ready.append(job)

    def pick(self):
        return self.ready[0] if self.ready else None

    def ran(self, job, done):
        if done:
            self.ready.popleft()


class SJN(FCFS):
    """短作业优先（非抢占）。"""

    name = "SJN"

    def __init__(self):
        super().__init__()
        self.current = None

    def pick(self):
        if self.current is None and self.ready:
            self.current = min(self.ready, key=lambda j: (j.burst, j.arrival))
        return self.current

    def ran(self, job, done):
        if done:
            self.ready.remove(job)
            self.current = None


class RoundRobin(FCFS):
    """时间片轮转：每次最多运行 quantum 个单位，然后回到队尾。"""

    def __init__(self, quantum):
        super().__init__()
        self.quantum = quantum
        self.name = f"RR(q={quantum})"

    def ran(self, job, done):
        job.used += 1
        if done:
            self.ready.popleft()
        elif job.used == self.quantum:
            job.used = 0
            self.ready.rotate(-1)  # 队头移到队尾


class MultilevelQueue:
    """多级队列：按类别固定分队，交互队列（轮转，q=2）总是优先于批处理队列（先来先服务）。"""

    name = "MLQ"

    def __init__(self):
        self.interactive = RoundRobin(quantum=2)
        self.batch = FCFS()

    def add(self, job):
        queue = self.interactive if job.kind == "interactive" else self.batch
        queue.add(job)

    def pick(self):
        return self.interactive.pick() or self.batch.pick()

    def ran(self, job, done):
        queue = self.interactive if job.kind == "interactive" else self.batch
        queue.ran(job, done)


class MLFQ:
    """多级反馈队列。

    新作业进入最高级队列；用完时间片的作业降一级；
    每隔 boost 个时间单位，所有作业回到最高级队列。
    """

    name = "MLFQ"

    def __init__(self, quanta=(1, 2, 4), boost=10):
        self.quanta = quanta
        self.boost = boost
        self.levels = [deque() for _ in quanta]

    def add(self, job):
        job.level, job.used = 0, 0
        self.levels[0].append(job)

    def pick(self):
        for queue in self.levels:  # 最高的非空队列优先
            if queue:
                return queue[0]
        return None

    def ran(self, job, done):
        queue = self.levels[job.level]
        job.used += 1
        if done:
            queue.popleft()
        elif job.used == self.quanta[job.level]:
            queue.popleft()
            job.level = min(job.level + 1, len(self.levels) - 1)  # 降级
            job.used = 0
            self.levels[job.level].append(job)

    def tick(self, now):
        if now % self.boost == 0:  # 定期提升：所有作业回到最高级
            waiting = [job for queue in self.levels for job in queue]
            for queue in self.levels:
                queue.clear()
            for job in waiting:
                self.add(job)


def simulate(policy):
    jobs = [Job(*spec, remaining=spec[2]) for spec in JOBS]
    timeline = []
    now = 0

    def admit():
        for job in jobs:
            if job.arrival == now:
                policy.add(job)

    admit()
    while any(job.remaining for job in jobs):
        job = policy.pick()
        if job is None:  # CPU 空闲
            timeline.append("-")
        else:
            if job.first_run < 0:
                job.first_run = now
            job.remaining -= 1
            timeline.append(job.name)
        now += 1
        admit()  # 新到的作业先入队，被抢占的作业再回到队尾
        if job is not None:
            if job.remaining == 0:
                job.finish = now
            policy.ran(job, done=job.remaining == 0)
        if hasattr(policy, "tick"):
            policy.tick(now)
    return "".join(timeline), jobs


def main():
    print("jobs: " + ", ".join(f"{n}(arrive {a}, burst {b})" for n, a, b, _ in JOBS))
    print(f"{'':10}{'0    5    10   15':20} {'wait':>5} {'turn':>5} {'resp':>5}")
    for policy in [FCFS(), SJN(), RoundRobin(2), MultilevelQueue(), MLFQ()]:
        timeline, jobs = simulate(policy)
        n = len(jobs)
        turnaround = sum(j.finish - j.arrival for j in jobs) / n
        waiting = sum(j.finish - j.arrival - j.burst for j in jobs) / n
        response = sum(j.first_run - j.arrival for j in jobs) / n
        print(
            f"{policy.name:10}{timeline:20} {waiting:5.1f} {turnaround:5.1f}"
            f" {response:5.1f}"
        )


if __name__ == "__main__":
    main()
