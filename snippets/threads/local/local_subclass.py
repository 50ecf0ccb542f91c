import threading


class RequestState(threading.local):
    init_calls = 0  # 类属性：所有线程共享
    init_lock = threading.Lock()

    def __init__(self, retries):
        # 每个线程第一次访问这个对象时，都会用相同的参数再调用一次 __init__
        with RequestState.init_lock:
            RequestState.init_calls += 1
        self.retries = retries
        self.history = []


state = RequestState(retries=3)  # 主线程：第 1 次 __init__
results = {}


def work(name):
    state.history.append(name)  # 本线程第一次访问：触发 __init__
    state.retries -= 1
    results[name] = (state.retries, list(state.history))


threads = [threading.Thread(target=work, args=(f"job{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name in sorted(results):
    print(name, results[name])
print("主线程:", state.retries, state.history)
print("__init__ 调用次数:", RequestState.init_calls)
