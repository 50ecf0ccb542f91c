import asyncio


class MyEventLoop(asyncio.SelectorEventLoop):
    """代表一个自定义（或第三方，如 uvloop）的事件循环实现。"""


async def which_loop(step):
    loop = asyncio.get_running_loop()
    return f"step {step} on {type(loop).__name__}", loop


# asyncio.Runner：用 loop_factory 选择循环实现，替代旧的“事件循环策略”
with asyncio.Runner(loop_factory=MyEventLoop) as runner:
    text1, loop1 = runner.run(which_loop(1))
    text2, loop2 = runner.run(which_loop(2))  # 同一个 Runner 里多次 run() 共用一个循环
    print(text1)
    print(text2)
    print("same loop:", loop1 is loop2)
print("closed after with:", loop1.is_closed())
