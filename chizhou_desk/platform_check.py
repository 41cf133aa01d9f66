"""Can Qt's xcb platform plugin load? Asked before any Qt module is imported.

Without the system libraries the xcb plugin links against (libxcb-icccm4, libxcb-keysyms1 …,
absent on many fresh desktops), Qt aborts with a hint that names the wrong package (exit 134),
and without glib even `import PySide6.QtCore` fails. The start-up check costs one dlopen() of
the plugin, which QApplication would do moments later anyway; only when that fails does it run
ldd on the plugin to name every missing library and the packages that provide them. The frozen
build's smoke test and `bash start.sh` use the same ldd check. No Qt import here.

    python3 -m chizhou_desk.platform_check [--packages]   missing libraries (or Debian packages)
"""

import os
import re
import sys
from pathlib import Path

# Debian/Ubuntu package of a library whose name does not follow the policy in debian_package()
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0", "libharfbuzz.so.0": "libharfbuzz0b",
    "libOpenGL.so.0": "libopengl0", "libcups.so.2": "libcups2",
}
_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

TEXTS = {
    "zh_CN": {
        "missing": "{app}: 无法打开窗口：Qt 的 xcb 图形平台缺少系统库 {libs}。",
        "install": "请安装后重试：{command}",
        "install_other": "请用本系统的软件包管理器安装提供这些库的软件包后重试。",
        "no_display": "{app}: 无法打开窗口：没有图形显示(未设置 DISPLAY)。请在桌面环境中启动；"
                      "命令行子命令(tasks、export 等)不需要显示。",
        "load_failed": "{app}: 无法打开窗口：Qt 的 xcb 图形平台插件无法加载：{error}",
    },
    "en": {
        "missing": "{app}: cannot open the window: Qt's xcb platform lacks the system libraries {libs}. ",
        "install": "Install them and try again: {command}",
        "install_other": "Install the packages that provide them with the system's package manager.",
        "no_display": "{app}: cannot open the window: no display (DISPLAY is not set). Start it on a "
                      "desktop; the command-line commands (tasks, export …) need no display.",
        "load_failed": "{app}: cannot open the window: Qt's xcb platform plugin does not load: {error}",
    },
}


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether QApplication would start on xcb (only Linux; QT_QPA_PLATFORM or the session decide)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0].strip() == "xcb"
    # a Wayland session may start on the wayland plugin and never need xcb
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def plugin_dirs(environ=os.environ) -> list[Path]:
    """Where Qt looks for plugins: QT_PLUGIN_PATH, the frozen folder, the PySide6 package."""
    dirs = [Path(p) for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "PySide6" / "Qt" / "plugins")
    else:
        from importlib.util import find_spec  # finds PySide6 without importing it

        spec = find_spec("PySide6")
        for location in (spec and spec.submodule_search_locations) or []:
            dirs.append(Path(location) / "Qt" / "plugins")
    return dirs


def xcb_plugin(environ=os.environ) -> Path | None:
    for folder in plugin_dirs(environ):
        plugin = folder / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def qt_binaries(plugin: Path) -> list[Path]:
    """The xcb plugin and the PySide6 modules the app imports (QtGui's binding alone needs libEGL)."""
    package = plugin.parents[3]  # PySide6/Qt/plugins/platforms/libqxcb.so
    found = [package / f"{m}.abi3.so" for m in _MODULES]
    return [plugin] + [f for f in found if f.is_file()]


def missing_libraries(*binaries: Path, environ=None) -> list[str]:
    """Libraries the binaries need (directly or through others) that the loader cannot find (ldd)."""
    import shutil
    import subprocess  # here, not at the top: only a failed start needs them

    if not shutil.which("ldd"):
        return []
    missing = set()
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=environ).stdout
        missing.update(_NOT_FOUND.findall(out))
    return sorted(missing)


def debian_package(soname: str) -> str:
    """Debian's name for a library's package: libfoo.so.1 -> libfoo1, libfoo-2.so.0 -> libfoo-2-0."""
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    m = re.match(r"^(lib.+?)\.so\.(\d+)", soname)
    if not m:
        return soname
    name, version = m.group(1).lower(), m.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def install_command(sonames: list[str], is_root: bool | None = None) -> str | None:
    """The apt-get line that installs the packages, or None where there is no apt-get."""
    import shutil

    if not shutil.which("apt-get"):
        return None
    if is_root is None:
        is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    packages = sorted({debian_package(s) for s in sonames})
    return ("" if is_root else "sudo ") + "apt-get install -y " + " ".join(packages)


def missing_message(sonames: list[str], lang: str = "zh_CN", app: str = "chizhou-desk") -> str:
    texts = TEXTS.get(lang, TEXTS["zh_CN"])
    sep = "、" if texts is TEXTS["zh_CN"] else ", "
    command = install_command(sonames)
    tail = texts["install"].format(command=command) if command else texts["install_other"]
    return texts["missing"].format(app=app, libs=sep.join(sonames)) + tail


def _dlopen(path: Path) -> None:
    """Load a library as Qt will; raises OSError with the loader's reason."""
    try:  # _ctypes alone: ctypes/__init__ costs another ~1.5 ms of start-up
        from _ctypes import dlopen
    except ImportError:
        from ctypes import CDLL

        CDLL(str(path))
        return
    dlopen(str(path), os.RTLD_LAZY)


def start_problem(environ=os.environ, lang: str = "zh_CN", app: str = "chizhou-desk") -> str | None:
    """One line saying why the window cannot start on xcb, or None (fine, or not xcb at all)."""
    if not uses_xcb(environ):
        return None
    texts = TEXTS.get(lang, TEXTS["zh_CN"])
    plugin = xcb_plugin(environ)
    if plugin is None:
        return None  # a Qt without the plugin: Qt's own message is the best there is
    try:
        _dlopen(plugin)
    except OSError as exc:
        missing = missing_libraries(*qt_binaries(plugin))
        if missing:
            return missing_message(missing, lang, app)
        return texts["load_failed"].format(app=app, error=str(exc).strip())
    if not environ.get("DISPLAY"):
        return texts["no_display"].format(app=app)
    return None


def import_problem(exc: ImportError, lang: str = "zh_CN", app: str = "chizhou-desk") -> str | None:
    """For a PySide6 module that fails to import for want of a system library (no glib, no EGL)."""
    if "cannot open shared object file" not in str(exc):
        return None
    names = set(re.findall(r"(lib[\w.+-]+\.so[.\d]*)", str(exc)))
    plugin = xcb_plugin()
    if plugin is not None:
        names |= set(missing_libraries(*qt_binaries(plugin)))
    return missing_message(sorted(names), lang, app)


def main(argv: list[str] | None = None) -> int:
    """Print the libraries (or with --packages the Debian packages) the xcb plugin is missing."""
    args = sys.argv[1:] if argv is None else argv
    plugin = xcb_plugin()
    if plugin is None:
        print("no xcb platform plugin found", file=sys.stderr)
        return 2
    missing = missing_libraries(*qt_binaries(plugin))
    for line in sorted({debian_package(s) for s in missing}) if "--packages" in args else missing:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
