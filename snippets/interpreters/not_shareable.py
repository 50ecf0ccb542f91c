"""不能跨解释器传递的对象：NotShareableError。"""

import threading
from concurrent import interpreters


def main():
    interp = interpreters.create()
    queue = interpreters.create_queue()

    # prepare_main 只接受可共享的对象，不会退回到 pickle
    try:
        interp.prepare_main(data=[1, 2])
    except interpreters.NotShareableError as exc:
        print("prepare_main(列表):", exc)

    # 队列会退回到 pickle；锁既不能共享也不能 pickle
    for obj in [threading.Lock(), (x for x in "ab")]:
        try:
            queue.put(obj)
        except interpreters.NotShareableError:
            print("put:", type(obj).__name__, "-> NotShareableError")

    # call 的参数也一样
    try:
        interp.call(len, threading.Lock())
    except interpreters.NotShareableError:
        print("call(len, 锁) -> NotShareableError")

    is_type_error = issubclass(interpreters.NotShareableError, TypeError)
    print("NotShareableError 是 TypeError 的子类:", is_type_error)
    interp.close()


if __name__ == "__main__":
    main()
