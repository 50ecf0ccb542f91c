import asyncio
import io
import pathlib
import sys
import tempfile


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "notes.txt"
        # 普通文件读写是阻塞调用；to_thread 可以直接传关键字参数
        await asyncio.to_thread(path.write_text, "line 1\nline 2\n", encoding="utf-8")
        text = await asyncio.to_thread(path.read_text, encoding="utf-8")
        print(text.splitlines())

    # input() 会一直阻塞到用户按回车，同样放进线程里
    name = await asyncio.to_thread(input, "name? ")
    print(f"hello, {name}")


if __name__ == "__main__":
    sys.stdin = io.StringIO("alice\n")  # 仅为演示：假装用户敲了 alice 和回车
    asyncio.run(main())
