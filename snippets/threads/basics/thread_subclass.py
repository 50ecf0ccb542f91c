import threading


class SumThread(threading.Thread):
    def __init__(self, numbers):
        super().__init__()  # 必须先调用父类的 __init__
        self.numbers = numbers
        self.total = None

    def run(self):
        # run() 在新线程里执行；不要直接调用它，而是调用 start()
        self.total = sum(self.numbers)


workers = [SumThread(range(50)), SumThread(range(50, 100))]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("两段之和:", [w.total for w in workers])
print("总和:", sum(w.total for w in workers))
