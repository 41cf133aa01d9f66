"""The start-up check of Qt's xcb platform (chizhou_desk/platform_check.py): a missing system library
gives one line naming it and the command that installs it, not Qt's abort (exit 134).

The missing library is simulated with a copy of the real xcb plugin whose first libxcb-* entry
is renamed (libxcb-icccm.so.4 -> libzzz-icccm.so.4), found through QT_PLUGIN_PATH.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chizhou_desk import platform_check as pc

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")


def _real_plugin() -> Path:
    plugin = pc.xcb_plugin({})
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    return plugin


@pytest.fixture
def broken_plugin_path(tmp_path) -> tuple[Path, str]:
    """A plugin folder whose libqxcb.so needs a library no system has; returns (folder, that name)."""
    real = _real_plugin()
    qt = tmp_path / "PySide6" / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(real.parents[2] / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    data = real.read_bytes()
    m = re.search(rb"libxcb-[a-z-]+\.so\.\d+\x00", data)
    assert m, "the xcb plugin names no libxcb-* library"
    name = m.group(0)[:-1].replace(b"libxcb-", b"libzzz-")
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(data.replace(m.group(0), name + b"\x00", 1))
    return qt / "plugins", name.decode()


def test_missing_library_is_named_with_its_package(broken_plugin_path):
    plugins, missing = broken_plugin_path
    line = pc.start_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99", "QT_PLUGIN_PATH": str(plugins)})
    assert line is not None and "\n" not in line
    assert missing in line and "无法打开窗口" in line
    package = pc.debian_package(missing)  # libzzz-icccm.so.4 -> libzzz-icccm4
    assert package.startswith("libzzz-") and package[-1].isdigit()
    if shutil.which("apt-get"):
        assert re.search(r"apt-get install -y .*\b" + re.escape(package) + r"\b", line), line


def test_window_start_says_so_instead_of_aborting(broken_plugin_path, tmp_path):
    plugins, missing = broken_plugin_path
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99", QT_PLUGIN_PATH=str(plugins),
               PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(tmp_path / "t.db"),
                        "--quit-when-ready"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1, (r.returncode, r.stderr)  # Qt's abort would be 134 (or -6)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and missing in lines[0], r.stderr
    assert "Could not load the Qt platform plugin" not in r.stderr
    assert not (tmp_path / "t.db").exists()  # nothing was opened

    r = subprocess.run([sys.executable, "-m", "chizhou_desk", "--lang", "en", "--db", str(tmp_path / "t.db"),
                        "--quit-when-ready"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1 and "cannot open the window" in r.stderr and missing in r.stderr


def test_ldd_check_lists_the_missing_library(broken_plugin_path):
    plugins, missing = broken_plugin_path
    assert missing in pc.missing_libraries(plugins / "platforms" / "libqxcb.so")


def test_no_display_is_said_too(tmp_path):
    """The plugin loads (here: a copy of a plain system library) but there is no DISPLAY."""
    libz = next((p for p in (Path("/lib/x86_64-linux-gnu/libz.so.1"), Path("/usr/lib/x86_64-linux-gnu/libz.so.1"),
                             Path("/lib64/libz.so.1"), Path("/usr/lib/libz.so.1")) if p.exists()), None)
    if libz is None:
        pytest.skip("no libz.so.1 to stand in for a loadable plugin")
    folder = tmp_path / "plugins" / "platforms"
    folder.mkdir(parents=True)
    shutil.copyfile(libz, folder / "libqxcb.so")
    env = {"QT_QPA_PLATFORM": "xcb", "QT_PLUGIN_PATH": str(tmp_path / "plugins")}
    assert "DISPLAY" in pc.start_problem(env)
    assert pc.start_problem(dict(env, DISPLAY=":0")) is None


@pytest.mark.parametrize("environ, expected", [
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({}, True),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
])
def test_only_an_xcb_start_is_checked(environ, expected):
    assert pc.uses_xcb(environ, "linux") is expected
    assert pc.uses_xcb(environ, "win32") is False


def test_offscreen_is_never_checked(broken_plugin_path):
    plugins, _ = broken_plugin_path
    assert pc.start_problem({"QT_QPA_PLATFORM": "offscreen", "QT_PLUGIN_PATH": str(plugins)}) is None


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"), ("libEGL.so.1", "libegl1"), ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libgthread-2.0.so.0", "libglib2.0-0"),
])
def test_debian_package_names(soname, package):
    assert pc.debian_package(soname) == package


def test_qt_module_that_cannot_load_is_named():
    exc = ImportError("libglib-2.0.so.0: cannot open shared object file: No such file or directory")
    line = pc.import_problem(exc)
    assert "libglib-2.0.so.0" in line and "\n" not in line
    if shutil.which("apt-get"):
        assert "libglib2.0-0" in line
    assert pc.import_problem(ImportError("No module named 'PySide6'")) is None
