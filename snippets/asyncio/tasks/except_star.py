import asyncio


async def check(value):
    # 三个校验任务在同一轮事件循环里先后失败，三个异常都会被收集
    if isinstance(value, str):
        raise TypeError(f"not a number: {value!r}")
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for value in (-1, "x", -2, 3):
                tg.create_task(check(value))
    except* ValueError as eg:
        # eg 只含 ValueError 那一部分；其余类型交给后面的 except*
        print("ValueError:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError:", [str(e) for e in eg.exceptions])


asyncio.run(main())
