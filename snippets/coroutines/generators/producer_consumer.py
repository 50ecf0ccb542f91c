log = []  # 双方都把发言记到同一个列表里，最后按真实发生的顺序打印


def consumer():
    log.append("[消费者] 启动，运行到第一个 yield 暂停")
    reply = "就绪"
    try:
        while True:  # 不会空转：每一轮都停在 yield，只有调用方 send 时才继续
            item = yield reply
            log.append(f"[消费者] 收到 {item}")
            reply = f"{item} 已处理"
    finally:
        log.append("[消费者] 被 close()，执行清理")


def producer(c):
    log.append("[生产者] 预激消费者")
    log.append(f"[生产者] 第一个 yield 交出: {c.send(None)}")
    for item in ("苹果", "香蕉", "橙子"):
        log.append(f"[生产者] 发送 {item}")
        reply = c.send(item)  # 切换到消费者，直到它再次 yield
        log.append(f"[生产者] 得到回复: {reply}")
    c.close()


producer(consumer())
for line in log:
    print(line)
    #> [生产者] 预激消费者
    #> [消费者] 启动，运行到第一个 yield 暂停
    #> [生产者] 第一个 yield 交出: 就绪
    #> [生产者] 发送 苹果
    #> [消费者] 收到 苹果
    #> [生产者] 得到回复: 苹果 已处理
    #> [生产者] 发送 香蕉
    #> [消费者] 收到 香蕉
    #> [生产者] 得到回复: 香蕉 已处理
    #> [生产者] 发送 橙子
    #> [消费者] 收到 橙子
    #> [生产者] 得到回复: 橙子 已处理
    #> [消费者] 被 close()，执行清理
