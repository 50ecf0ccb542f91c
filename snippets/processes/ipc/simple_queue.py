import multiprocessing


def worker(inbox, outbox):
    for msg in iter(inbox.get, None):  # 收到 None 就停止
        outbox.put(msg.upper())


if __name__ == "__main__":
    inbox = multiprocessing.SimpleQueue()
    outbox = multiprocessing.SimpleQueue()
    proc = multiprocessing.Process(target=worker, args=(inbox, outbox))
    proc.start()
    for word in ["ping", "pong", None]:
        inbox.put(word)  # 直接写管道，没有后台线程
    print([outbox.get() for _ in range(2)])
    proc.join()
    print("empty:", outbox.empty())
    inbox.close()  # Python 3.9 起提供
    outbox.close()
