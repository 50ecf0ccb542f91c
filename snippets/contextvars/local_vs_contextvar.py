import asyncio
import contextvars
import threading

local = threading.local()
var = contextvars.ContextVar("var", default="<unset>")


def read():
    """同一时刻读两种存储：(threading.local 的值, ContextVar 的值)。"""
    return getattr(local, "value", "<unset>"), var.get()


def set_both(value):
    local.value = value
    var.set(value)


def read_in_thread(target):
    out = []
    t = threading.Thread(target=lambda: out.append(target(read)))
    t.start()
    t.join()
    return out[0]


async def request(name, delay, results):
    set_both(name)
    await asyncio.sleep(delay)  # 挂起时，同一线程里的另一个任务也调用了 set_both
    results[name] = read()


async def main():
    rows = []
    set_both("main")
    rows.append(("same thread, same task", read()))
    rows.append(("new threading.Thread", read_in_thread(lambda f: f())))
    ctx = contextvars.copy_context()
    rows.append(("new Thread + ctx.run", read_in_thread(lambda f: ctx.run(f))))

    results = {}
    await asyncio.gather(request("A", 0.05, results), request("B", 0.01, results))
    rows.append(("task A, after B's set", results["A"]))
    rows.append(("main, after both tasks", read()))

    set_both("main")
    loop = asyncio.get_running_loop()
    rows.append(("loop.run_in_executor", await loop.run_in_executor(None, read)))
    rows.append(("asyncio.to_thread", await asyncio.to_thread(read)))

    print(f"{'scenario':<26}{'threading.local':<17}ContextVar")
    for scenario, (from_local, from_var) in rows:
        print(f"{scenario:<26}{from_local:<17}{from_var}")


asyncio.run(main())
