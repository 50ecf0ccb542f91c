import sys
import sysconfig

# Py_GIL_DISABLED 为 1 表示这是自由线程构建（如 python3.13t）；普通构建为 0 或 None
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))

# sys._is_gil_enabled() 是 3.13 新增的；更早的版本一定有 GIL
is_gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)

print("自由线程构建:", free_threaded_build)
print("GIL 已启用:", is_gil_enabled())
