import asyncio
import threading


def from_other_thread(loop, results):
    try:
        # 错误：call_soon 不是线程安全的。非调试模式下它会被悄悄接受，
        # 但循环可能迟迟不被唤醒，内部队列也可能被并发修改
        loop.call_soon(results.append, "call_soon: accepted silently")
    except RuntimeError as e:
        results.append(f"call_soon: {e}")
    loop.call_soon_threadsafe(results.append, "call_soon_threadsafe: ok")


async def main():
    loop = asyncio.get_running_loop()
    results = []
    thread = threading.Thread(target=from_other_thread, args=(loop, results))
    thread.start()
    await asyncio.to_thread(thread.join)
    await asyncio.sleep(0)  # 让线程安全地排进来的回调有机会执行
    print(*results, sep="\n")


asyncio.run(main(), debug=True)  # 只有调试模式才做这项检查
