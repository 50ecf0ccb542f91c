import subprocess
import sys
from multiprocessing import resource_tracker, shared_memory


def attach_naive(name):
    shm = shared_memory.SharedMemory(name=name)  # 会登记到本进程的 resource tracker
    shm.close()
    # 进程退出时，它的 tracker 以为段"泄漏"了：打印警告并 unlink！


def attach_untracked(name):
    if sys.version_info >= (3, 13):
        shm = shared_memory.SharedMemory(name=name, track=False)
    else:  # 3.12 及更早：附加后立即撤销登记（_name 带前导 "/"）
        shm = shared_memory.SharedMemory(name=name)
        resource_tracker.unregister(shm._name, "shared_memory")
    shm.close()


def exists(name):
    try:
        shared_memory.SharedMemory(name=name).close()
    except FileNotFoundError:
        return False
    return True


def run_attacher(mode, name):
    # 用 subprocess 启动一个"无关"的 Python 进程（不是 multiprocessing 的子进程）
    return subprocess.run(
        [sys.executable, __file__, mode, name],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )


def demo(mode):
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        done = run_attacher(mode, shm.name)
        print(f"{mode}: attacher warned about a leak:", "leaked" in done.stderr)
        print(f"{mode}: segment still exists:", exists(shm.name))
    finally:
        shm.close()
        try:
            shm.unlink()
        except FileNotFoundError:
            # 段已被别人的 tracker 删掉；撤销我们自己的登记，免得退出时再报一次
            resource_tracker.unregister(shm._name, "shared_memory")


if __name__ == "__main__":
    if len(sys.argv) == 3:  # 作为 attacher 被调用
        {"naive": attach_naive, "untracked": attach_untracked}[sys.argv[1]](sys.argv[2])
    else:
        demo("naive")
        demo("untracked")
