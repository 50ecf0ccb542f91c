"""A tiny single-CPU scheduling simulator: one character per time unit."""

from collections import deque
from dataclasses import dataclass

# name, arrival time, CPU burst, class (used only by the multilevel queue)
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
    level: int = 0  # current queue (multilevel feedback queue only)
    used: int = 0  # time used in the current quantum / allotment


class FCFS:
    """First come, first served; a job runs until it finishes."""

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
    """Shortest job next (non-preemptive)."""

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
    """Each job runs for at most `quantum` units, then goes to the back."""

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
            self.ready.rotate(-1)  # the head goes to the tail


class MultilevelQueue:
    """Fixed queues by class: interactive (RR, q=2) always beats batch (FCFS)."""

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
    """Multilevel feedback queue.

    New jobs enter the top queue. A job that uses up its quantum is demoted one
    level; every `boost` time units all jobs move back to the top queue.
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
        for queue in self.levels:  # highest non-empty level wins
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
            job.level = min(job.level + 1, len(self.levels) - 1)  # demote
            job.used = 0
            self.levels[job.level].append(job)

    def tick(self, now):
        if now % self.boost == 0:  # priority boost: everyone back to the top
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
        if job is None:  # CPU idle
            timeline.append("-")
        else:
            if job.first_run < 0:
                job.first_run = now
            job.remaining -= 1
            timeline.append(job.name)
        now += 1
        admit()  # newcomers queue up before a preempted job goes back
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
