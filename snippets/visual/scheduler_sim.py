"""A single-CPU scheduling simulator that records who runs, waits or does I/O.

Time advances in whole units. Every unit the policy picks one ready job to run;
the other ready jobs wait. A job is a list of bursts: CPU, I/O, CPU, ... CPU.
During an I/O burst the job is blocked and does not compete for the CPU.
"""

from collections import deque
from dataclasses import dataclass, field
from itertools import pairwise

RUN, READY, IO = "run", "ready", "io"


@dataclass
class Job:
    name: str
    arrival: int
    bursts: list  # CPU, I/O, CPU, ..., CPU (odd length)
    kind: str = "batch"  # "batch" or "interactive": only the multilevel queue looks
    # simulation state
    index: int = 0  # which burst is current
    left: int = 0  # units left in the current burst
    level: int = 0  # MLFQ queue level
    used: int = 0  # units used of the current time slice
    history: dict = field(default_factory=dict)  # time -> RUN / READY / IO

    @property
    def cpu_burst(self):
        return self.bursts[self.index]


def job_set():
    """The jobs every policy runs, fresh each time."""
    return [
        Job("A", 0, [8]),  # long, CPU-bound
        Job("B", 1, [4]),
        Job("C", 2, [1, 3, 1, 3, 1], "interactive"),  # short CPU bursts, then I/O
        Job("D", 3, [2], "interactive"),
        Job("E", 6, [1], "interactive"),
    ]


def stream_job_set(count=20):
    """One long job and a steady stream of short interactive ones (every 2 units)."""
    short = [Job(f"x{i}", 1 + 2 * i, [2], "interactive") for i in range(count)]
    return [Job("A", 0, [6]), *short]


class FCFS:
    """First come, first served: a job keeps the CPU until its burst ends."""

    name = "FCFS"

    def __init__(self):
        self.queue = deque()

    def add(self, job):
        self.queue.append(job)

    def pick(self):
        return self.queue[0] if self.queue else None

    def ran(self, job, burst_done):
        if burst_done:
            self.queue.remove(job)


class SJN(FCFS):
    """Shortest job next: run the ready job whose next CPU burst is shortest."""

    name = "SJN"
    running = None

    def pick(self):
        if self.running is None and self.queue:
            self.running = min(self.queue, key=lambda j: j.cpu_burst)
        return self.running

    def ran(self, job, burst_done):
        if burst_done:
            self.queue.remove(job)
            self.running = None


class RoundRobin(FCFS):
    """Each job runs at most `quantum` units, then goes to the back of the queue."""

    def __init__(self, quantum=2):
        super().__init__()
        self.quantum = quantum
        self.name = f"RR(q={quantum})"

    def ran(self, job, burst_done):
        job.used += 1
        if burst_done:
            self.queue.remove(job)
            job.used = 0
        elif job.used == self.quantum:
            self.queue.remove(job)
            self.queue.append(job)
            job.used = 0


class MultilevelQueue:
    """Two fixed queues by kind: interactive (RR, q=2) always beats batch (FCFS)."""

    name = "MLQ"

    def __init__(self):
        self.queues = {"interactive": RoundRobin(2), "batch": FCFS()}

    def add(self, job):
        self.queues[job.kind].add(job)

    def pick(self):
        return self.queues["interactive"].pick() or self.queues["batch"].pick()

    def ran(self, job, burst_done):
        self.queues[job.kind].ran(job, burst_done)


class MLFQ:
    """Multilevel feedback queue.

    Jobs start in level 0. A job that uses its whole time slice drops a level;
    one that blocks for I/O before that keeps its level. Every `boost` units all
    jobs go back to level 0, so long jobs cannot starve (boost=None: never).
    """

    def __init__(self, quanta=(1, 2, 4), boost=12):
        self.quanta = quanta
        self.boost = boost
        self.levels = [deque() for _ in quanta]
        self.jobs = []
        self.name = "MLFQ" if boost else "MLFQ(no boost)"

    def add(self, job):
        if job not in self.jobs:
            self.jobs.append(job)  # a new job: level 0
        job.used = 0
        self.levels[job.level].append(job)

    def pick(self):
        for queue in self.levels:
            if queue:
                return queue[0]
        return None

    def ran(self, job, burst_done):
        job.used += 1
        queue = self.levels[job.level]
        if burst_done:
            queue.remove(job)  # blocked or finished: keeps its level
        elif job.used == self.quanta[job.level]:
            queue.remove(job)
            job.level = min(job.level + 1, len(self.levels) - 1)
            self.add(job)

    def tick(self, now):
        if self.boost and now % self.boost == 0:
            ready = [job for queue in self.levels for job in queue]
            for queue in self.levels:
                queue.clear()
            for job in self.jobs:
                job.level = 0
            for job in ready:
                self.add(job)


def simulate(policy, jobs=None, limit=1000):
    """Run `jobs` (default: job_set()) under `policy`; return (cpu_timeline, jobs).

    cpu_timeline[t] is the name of the job on the CPU during unit t, or None.
    """
    jobs = job_set() if jobs is None else jobs
    wake = {job.name: job.arrival for job in jobs}  # when a job next becomes ready
    for job in jobs:
        job.left = job.bursts[0]
    timeline = []
    now = 0

    def wake_up():
        for job in jobs:
            if wake.get(job.name) == now:
                del wake[job.name]
                policy.add(job)

    wake_up()
    while any(job.index < len(job.bursts) for job in jobs) and now < limit:
        job = policy.pick()
        timeline.append(job.name if job else None)
        for other in jobs:
            if other.index < len(other.bursts) and other.arrival <= now:
                if other is job:
                    other.history[now] = RUN
                elif other.name in wake:
                    other.history[now] = IO
                else:
                    other.history[now] = READY
        now += 1
        if job:
            job.left -= 1
        wake_up()  # newcomers queue up before a preempted job goes back
        if job:
            burst_done = job.left == 0
            policy.ran(job, burst_done)
            if burst_done:
                job.index += 2  # skip the I/O burst that follows
                if job.index < len(job.bursts):
                    wake[job.name] = now + job.bursts[job.index - 1]
                    job.left = job.bursts[job.index]
        if hasattr(policy, "tick"):
            policy.tick(now)
    return timeline, jobs


def metrics(job):
    """Waiting, turnaround and response time of one finished job."""
    times = sorted(job.history)
    first_run = min(t for t in times if job.history[t] == RUN)
    return {
        "wait": sum(1 for s in job.history.values() if s == READY),
        "turnaround": times[-1] + 1 - job.arrival,
        "response": first_run - job.arrival,
    }


def segments(states):
    """Merge a {time: state} history into [(state, start, length), ...]."""
    merged = []
    for t in sorted(states):
        if merged and merged[-1][0] == states[t] and sum(merged[-1][1:]) == t:
            state, start, length = merged[-1]
            merged[-1] = (state, start, length + 1)
        else:
            merged.append((states[t], t, 1))
    return merged


def switches(timeline):
    """How often the CPU changes from one job to another job."""
    running = [name for name in timeline if name]
    return sum(1 for a, b in pairwise(running) if a != b)


def policies():
    return [FCFS(), SJN(), RoundRobin(1), RoundRobin(4), MultilevelQueue(), MLFQ()]


def main():
    print("job  arrive  bursts (CPU, I/O, CPU, ...)")
    for job in job_set():
        print(f"{job.name:4} {job.arrival:6}  {job.bursts}")
    print()
    print(f"{'':9} {'CPU timeline':24} {'wait':>5} {'turn':>5} {'resp':>5} {'sw':>3}")
    for policy in policies():
        timeline, jobs = simulate(policy)
        avg = {
            key: sum(metrics(job)[key] for job in jobs) / len(jobs)
            for key in ("wait", "turnaround", "response")
        }
        cpu = "".join(name or "." for name in timeline)
        print(
            f"{policy.name:9} {cpu:24} {avg['wait']:5.1f} {avg['turnaround']:5.1f}"
            f" {avg['response']:5.1f} {switches(timeline):3}"
        )
    print()
    print("MLFQ with a stream of short jobs: boost period vs starvation of A")
    for boost in (None, 12, 3):
        timeline, jobs = simulate(MLFQ(boost=boost), stream_job_set())
        short = [metrics(job)["response"] for job in jobs[1:]]
        print(
            f"boost={boost!s:4}  A turnaround {metrics(jobs[0])['turnaround']:2}"
            f"  short jobs' mean response {sum(short) / len(short):.2f}"
        )


if __name__ == "__main__":
    main()
