import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2


async def main():
    ok = asyncio.create_task(compute(21), name="ok")
    bad = asyncio.create_task(compute(-1))
    bad.set_name("bad")
    print(ok.get_name(), bad.get_name(), ok.done())

    # 任务还没完成时取结果会抛 InvalidStateError
    try:
        ok.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)

    # asyncio.wait 只等待，不会把任务里的异常抛给我们
    await asyncio.wait([ok, bad])
    print(ok.get_name(), ok.done(), ok.result(), ok.exception())
    print(bad.get_name(), bad.done(), repr(bad.exception()))
    try:
        bad.result()  # result() 会重新抛出任务里的异常
    except ValueError as exc:
        print("result() raised:", exc)


asyncio.run(main())
