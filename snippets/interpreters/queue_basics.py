"""解释器之间用队列传递数据：多数对象是副本，memoryview 共享底层内存。"""

from concurrent import interpreters


def main():
    queue = interpreters.create_queue()  # 队列本身可以共享给子解释器
    interp = interpreters.create()
    interp.prepare_main(queue=queue)

    # 列表经队列传过去的是副本：子解释器改的是它自己的那一份
    data = [1, 2, 3]
    queue.put(data)
    interp.exec("item = queue.get()\nitem.append(4)\nqueue.put(item)")
    back = queue.get()
    print("原列表:", data, "取回:", back, "同一个对象:", back is data)

    # memoryview 不复制：两边看到的是同一块内存
    buffer = bytearray(b"hello")
    queue.put(memoryview(buffer))
    interp.exec("view = queue.get()\nview[0] = ord('J')")
    print("子解释器写入之后:", buffer)

    interp.close()

    # 哪些对象能直接共享（其余的 put 时按 pickle 复制，或者直接失败）
    immutable = [None, True, 42, 3.5, "文本", b"bytes", (1, "a")]
    others = [queue, memoryview(buffer), buffer, [1], {"k": 1}, {1}]
    for obj in immutable + others:
        shareable = interpreters.is_shareable(obj)
        print(f"{type(obj).__name__:>10}  is_shareable = {shareable}")


if __name__ == "__main__":
    main()
