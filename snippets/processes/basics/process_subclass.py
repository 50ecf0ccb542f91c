"""Subclass Process: call super().__init__() first and override run() only."""

from multiprocessing import Process


class Countdown(Process):
    def __init__(self, start_at):
        super().__init__(name="countdown")  # always before anything else
        self.start_at = start_at
        self.finished = False

    def run(self):  # start() calls run() in the new process
        for n in range(self.start_at, 0, -1):
            print(f"{self.name}: {n}")
        self.finished = True  # changes the child's copy of the object


if __name__ == "__main__":
    p = Countdown(3)
    p.start()
    p.join()
    print(f"parent: finished={p.finished}, exitcode={p.exitcode}")
