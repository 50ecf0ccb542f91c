import threading


class RepeatingTimer(threading.Thread):
    """每隔 interval 秒调用一次 func，最多 max_runs 次（None 表示不限次数）。"""

    def __init__(self, interval, func, max_runs=None):
        super().__init__()
        self.interval = interval
        self.func = func
        self.max_runs = max_runs
        self._stopped = threading.Event()

    def run(self):
        runs = 0
        # wait() 超时返回 False -> 继续；stop() 之后返回 True -> 退出循环
        while not self._stopped.wait(self.interval):
            runs += 1
            self.func(runs)
            if self.max_runs is not None and runs >= self.max_runs:
                break

    def stop(self):
        self._stopped.set()


ticks = []
timer = RepeatingTimer(0.02, ticks.append, max_runs=3)
timer.start()
timer.join(timeout=1)  # 最多跑 3 次，这里很快就会返回
print("第几次触发:", ticks)

endless = RepeatingTimer(0.02, lambda n: None)  # 不限次数
endless.start()
endless.stop()  # 随时可以停下
endless.join()
print("无限定时器已停止:", not endless.is_alive())
