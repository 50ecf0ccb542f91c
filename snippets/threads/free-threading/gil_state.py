import os
import subprocess
import sys
import sysconfig

# 构建：编译时是否用了 --disable-gil；运行时：此刻 GIL 是否真的关着
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
# sys._is_gil_enabled() 是 3.13 新增的；更早的版本一定有 GIL
is_gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)

CHECK = "import sys; print(getattr(sys, '_is_gil_enabled', lambda: True)())"


def child(*options, **env_vars):
    """用同一个解释器加上选项或环境变量重新启动一次，返回它报告的 GIL 状态。"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    env.update(env_vars)
    result = subprocess.run(
        [sys.executable, *options, "-c", CHECK],
        capture_output=True,
        text=True,
        env=env,
        check=False,  # 启动失败也是要看的结果
    )
    if result.returncode != 0:  # 只看错误信息的第一行
        first_line = result.stderr.strip().splitlines()[0]
        return f"启动失败（退出码 {result.returncode}）: {first_line}"
    return f"GIL 已启用: {result.stdout.strip()}"


print("自由线程构建:", free_threaded_build)
print("本进程 GIL 已启用:", is_gil_enabled())
print("-X gil=0      ->", child("-X", "gil=0"))
print("-X gil=1      ->", child("-X", "gil=1"))
print("PYTHON_GIL=1  ->", child(PYTHON_GIL="1"))
