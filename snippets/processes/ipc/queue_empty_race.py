import multiprocessing
import queue
import time


def slow_producer(q):
    time.sleep(0.5)  # 生产者还在准备数据……
    for n in range(5):
        q.put(n)


def naive_consumer(q, counter):
    # 错误写法：把 empty() 当作"工作已经做完"的信号
    while not q.empty():
        q.get()
        counter.value += 1


if __name__ == "__main__":
    q = multiprocessing.Queue()
    consumed = multiprocessing.Value("i", 0)
    producer = multiprocessing.Process(target=slow_producer, args=(q,))
    consumer = multiprocessing.Process(target=naive_consumer, args=(q, consumed))
    producer.start()
    consumer.start()
    consumer.join()
    producer.join()
    print("consumer handled:", consumed.value)

    left = 0
    while True:  # 父进程把剩下的取走，以便干净退出
        try:
            q.get(timeout=0.1)
        except queue.Empty:
            break
        left += 1
    print("left in queue:", left)
