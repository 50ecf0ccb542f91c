"""同一段“吞掉取消、接着 await”的代码，在 asyncio 和 anyio 下的不同结局。"""

import asyncio

import anyio


async def stubborn(cancelled_exc: type[BaseException]) -> list[str]:
    """每次被取消都吞掉异常，接着再 sleep，一共试三次。"""
    log = []
    for attempt in range(1, 4):
        try:
            await anyio.sleep(0.2)
            log.append(f"第 {attempt} 次 sleep 正常结束")
        except cancelled_exc:
            log.append(f"第 {attempt} 次 sleep 被取消，吞掉，继续")
    return log


async def under_asyncio() -> None:
    async with asyncio.timeout(0.1) as cm:
        log = await stubborn(asyncio.CancelledError)
    print("asyncio.timeout(0.1)：")
    for line in log:
        print("  ", line)
    print("   expired() =", cm.expired(), "（块正常退出，没有 TimeoutError）")


async def under_anyio() -> None:
    cancelled_exc = anyio.get_cancelled_exc_class()
    print("get_cancelled_exc_class() is asyncio.CancelledError:", end=" ")
    print(cancelled_exc is asyncio.CancelledError)
    with anyio.move_on_after(0.1) as scope:
        log = await stubborn(cancelled_exc)
    print("anyio.move_on_after(0.1)：")
    for line in log:
        print("  ", line)
    print("   cancel_called =", scope.cancel_called)


async def main() -> None:
    start = anyio.current_time()
    await under_asyncio()
    asyncio_seconds = anyio.current_time() - start
    print("asyncio 版跑满了后两次 sleep（>= 0.4 秒）:", asyncio_seconds >= 0.4)

    start = anyio.current_time()
    await under_anyio()
    anyio_seconds = anyio.current_time() - start
    print("anyio 版在期限到后立刻结束（< 0.3 秒）:", anyio_seconds < 0.3)


anyio.run(main)
