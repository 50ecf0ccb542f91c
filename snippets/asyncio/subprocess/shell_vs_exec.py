import asyncio
import shlex
import sys

# 子进程：打印自己收到的参数列表
SHOW_ARGS = "import sys; print(sys.argv[1:])"
PY = shlex.quote(sys.executable)

# 一个来自外部（用户输入、文件名……）的值：含空格、分号和 shell 命令
name = "my file.txt; echo 注入的命令被执行了"


async def output(proc):
    out, _ = await proc.communicate()
    return out.decode().strip()


async def main():
    # exec：参数原样交给程序，不经过 shell，没有引号问题
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SHOW_ARGS, name, stdout=asyncio.subprocess.PIPE
    )
    print("exec:          ", await output(proc))

    # shell + 直接拼接字符串：/bin/sh 按空格拆分参数，还执行了分号后面的命令
    cmd = f"{PY} -c {shlex.quote(SHOW_ARGS)} {name}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    print("shell 直接拼接:", await output(proc))

    # shell + shlex.quote()：整个值成为一个参数
    cmd = f"{PY} -c {shlex.quote(SHOW_ARGS)} {shlex.quote(name)}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    print("shell + quote: ", await output(proc))

    # shell 真正的用处：管道、重定向等 shell 语法
    proc = await asyncio.create_subprocess_shell(
        "printf 'b\\na\\nc\\n' | sort", stdout=asyncio.subprocess.PIPE
    )
    print("shell 管道:    ", (await output(proc)).split())


asyncio.run(main())
