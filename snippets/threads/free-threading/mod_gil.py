import importlib.machinery
import importlib.util
import shlex
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path

# 一个什么也不做的 C 扩展模块；DECLARE 决定它是否带上 Py_mod_gil 槽
SOURCE = """
#include <Python.h>
static PyModuleDef_Slot slots[] = {
#ifdef DECLARE
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},  /* 声明：不需要 GIL 也能安全运行 */
#endif
    {0, NULL},
};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "NAME", NULL, 0, NULL, slots};
PyMODINIT_FUNC PyInit_NAME(void) { return PyModuleDef_Init(&def); }
"""


def build_and_import(name, declare, workdir):
    """用 C 编译器把 SOURCE 编译成扩展模块 name，然后导入它。"""
    src = Path(workdir, f"{name}.c")
    src.write_text(SOURCE.replace("NAME", name))
    out = Path(workdir, name + importlib.machinery.EXTENSION_SUFFIXES[0])
    cmd = shlex.split(sysconfig.get_config_var("LDSHARED"))
    cmd += shlex.split(sysconfig.get_config_var("CCSHARED"))
    cmd += ["-I", sysconfig.get_paths()["include"], str(src), "-o", str(out)]
    cmd += ["-DDECLARE"] if declare else []
    subprocess.run(cmd, check=True)
    spec = importlib.util.spec_from_file_location(name, out)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


if not sysconfig.get_config_var("Py_GIL_DISABLED"):
    print("有 GIL 的构建：GIL 一直开着，Py_mod_gil 槽不起作用，不必演示")
else:
    print("开始时 GIL 已启用:", sys._is_gil_enabled())
    with tempfile.TemporaryDirectory() as workdir:  # 源文件和 .so 用完即删
        for name, declare in [("declared", True), ("undeclared", False)]:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                build_and_import(name, declare, workdir)
            print(f"导入 {name}（声明了 Py_mod_gil: {declare}）:")
            for w in caught:
                print(f"  {w.category.__name__}: {w.message}")
            print("  GIL 已启用:", sys._is_gil_enabled())
