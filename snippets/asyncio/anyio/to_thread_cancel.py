"""取消遇上线程：默认等线程跑完；线程可以用 check_cancelled() 主动配合。"""

import time

import anyio
import anyio.from_thread
import anyio.to_thread


def stubborn_work() -> str:
    time.sleep(0.3)  # 线程没法从外面打断
    return "跑完了"


def cooperative_work(steps: list[int]) -> str:
    for step in range(30):
        time.sleep(0.01)
        steps.append(step)
        anyio.from_thread.check_cancelled()  # 所在作用域已取消时，在这里抛出取消异常
    return "跑完了"


async def main() -> None:
    start = anyio.current_time()
    result = "没拿到"
    with anyio.move_on_after(0.05) as scope:
        result = await anyio.to_thread.run_sync(stubborn_work)
    waited = anyio.current_time() - start
    print("默认：作用域等线程跑完才退出（>= 0.3 秒）:", waited >= 0.3)
    print("默认：cancel_called =", scope.cancel_called, "结果:", result)
    print("默认：cancelled_caught =", scope.cancelled_caught)

    steps: list[int] = []
    start = anyio.current_time()
    with anyio.move_on_after(0.05) as scope:
        await anyio.to_thread.run_sync(cooperative_work, steps)
    waited = anyio.current_time() - start
    print("check_cancelled：很快退出（< 0.25 秒）:", waited < 0.25)
    print("check_cancelled：30 步只做了一部分:", 0 < len(steps) < 30)
    print("check_cancelled：cancelled_caught =", scope.cancelled_caught)


anyio.run(main)
