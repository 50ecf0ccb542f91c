import asyncio


async def download(name):
    print(f"{name}: start")
    try:
        await asyncio.sleep(1)
        print(f"{name}: done")
    except asyncio.CancelledError as exc:
        print(f"{name}: got CancelledError{exc.args}")
        raise  # 必须重新抛出，任务才会真正进入“已取消”状态
    finally:
        print(f"{name}: cleanup")  # 关闭连接、删除临时文件等


async def main():
    task = asyncio.create_task(download("file-1"))
    await asyncio.sleep(0.1)
    # cancel() 只是“请求”取消：任务下次在 await 处恢复时才收到 CancelledError
    print("cancel() returned", task.cancel("user abort"))
    print("cancelled yet?", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("await task raised CancelledError")
    print("cancelled now?", task.cancelled())
    print("cancel() again returns", task.cancel())  # 已结束的任务无法再取消


asyncio.run(main())
