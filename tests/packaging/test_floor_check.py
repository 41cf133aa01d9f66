"""The frozen build's glibc/libstdc++ floor: recorded at build time (build_spec/elf_floor.py),
checked at start before Qt loads (chizhou_desk/floor_check.py), and the launcher's fcitx -> ibus
input-method fallback."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chizhou_desk import floor_check

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_spec"))
import elf_floor  # noqa: E402

NEW = {"glibc": "2.35", "glibcxx": "3.4.29", "machine": "x86_64"}
COMPAT = {"glibc": "2.28", "glibcxx": "3.4.25", "machine": "aarch64"}


def test_fits():
    assert floor_check.problem(NEW, "2.35", lambda: "3.4.30") is None
    assert floor_check.problem(NEW, "2.39", lambda: "3.4.33") is None
    # versions compare as numbers, not strings
    assert floor_check.problem({"glibc": "2.9", "glibcxx": "3.4.9"}, "2.17", lambda: "3.4.19") is None


def test_no_record_or_not_glibc_is_not_a_problem():
    assert floor_check.problem(None, "2.17") is None
    assert floor_check.problem(NEW, None) is None


def test_old_glibc_names_both_versions_and_the_compat_build():
    line = floor_check.problem(NEW, "2.31", lambda: "3.4.28")
    assert "\n" not in line
    assert "glibc ≥ 2.35" in line and "glibc 2.31" in line and "GLIBCXX_3.4.29" in line
    assert "chizhou-desk-linux-x86_64-glibc2.31" in line


def test_arm64_is_named_as_the_compat_folder_is():
    line = floor_check.problem({"glibc": "2.35", "glibcxx": "0", "machine": "aarch64"}, "2.31", lang="en")
    assert "chizhou-desk-linux-arm64-glibc2.31" in line


def test_below_the_compat_floor_says_no_build_fits():
    line = floor_check.problem(COMPAT, "2.27", lambda: "3.4.25", lang="en")
    assert "glibc ≥ 2.28" in line and "glibc 2.27" in line and "No build fits" in line
    assert "GLIBCXX" not in line  # libstdc++ is new enough: not named


def test_old_libstdcxx_alone():
    line = floor_check.problem(COMPAT, "2.31", lambda: "3.4.22", lang="en")
    assert "GLIBCXX_3.4.25" in line and "GLIBCXX_3.4.22" in line and "glibc ≥" not in line
    line = floor_check.problem(COMPAT, "2.31", lambda: None, lang="en")
    assert "libstdc++.so.6 (none)" in line


def test_libstdcxx_asked_only_when_the_floor_names_one():
    asked = []
    floor_check.problem({"glibc": "2.17", "glibcxx": "0"}, "2.31", lambda: asked.append(1))
    assert not asked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc")
def test_this_system_is_read():
    glibc = floor_check.system_glibc({})
    assert glibc and floor_check._key(glibc) >= (2, 17)
    cxx = floor_check.system_glibcxx({})
    assert cxx is None or cxx.startswith("3.4")
    assert floor_check.system_glibc({"CHIZHOU_DESK_PRETEND_GLIBC": "2.17"}) == "2.17"


def test_check_reads_the_frozen_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / floor_check.FLOOR_FILE).write_text(json.dumps({"glibc": "99.0", "glibcxx": "0"}))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert floor_check.check(["--lang", "en"], {"CHIZHOU_DESK_PRETEND_GLIBC": "2.31"}) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "glibc ≥ 99.0" in err
    (tmp_path / floor_check.FLOOR_FILE).write_text(json.dumps({"glibc": "2.17", "glibcxx": "0"}))
    assert floor_check.check([], {"CHIZHOU_DESK_PRETEND_GLIBC": "2.31"}) == 0
    monkeypatch.delattr(sys, "_MEIPASS")
    assert floor_check.check([], {"CHIZHOU_DESK_PRETEND_GLIBC": "1.0"}) == 0  # source tree: no check


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("readelf")), reason="readelf")
def test_elf_floor_of_a_folder(tmp_path):
    dist = tmp_path / "chizhou-desk"
    (dist / "_internal").mkdir(parents=True)
    libpython = Path(sys.executable).resolve()
    shutil.copy(libpython, dist / "chizhou-desk")
    shutil.copy(sys.modules["_ctypes"].__file__, dist / "_internal" / "_ctypes.so")
    (dist / "_internal" / "notes.so.txt").write_text("not an ELF file")
    result = elf_floor.write_floor(dist, {"pyside6": "x"})
    assert result["glibc"].startswith("2.") and result["pyside6"] == "x"
    assert result["needed_by"]["glibc"] in ("chizhou-desk", "_internal/_ctypes.so")
    written = json.loads((dist / "_internal" / elf_floor.FLOOR_FILE).read_text(encoding="utf-8"))
    assert written["glibc"] == result["glibc"]
    assert floor_check.read_floor(str(dist / "_internal"))["glibc"] == result["glibc"]
    # the Python that wrote it runs here: this system fits its own floor
    assert floor_check.problem(written, floor_check.system_glibc({}),
                               lambda: floor_check.system_glibcxx({})) is None


def _launcher():
    spec = importlib.util.spec_from_file_location("chizhou_launcher", ROOT / "build_spec" / "launcher.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("asked, plugins, expect", [
    ("fcitx", ["libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"], "ibus"),
    ("fcitx5", ["libibusplatforminputcontextplugin.so"], "ibus"),
    ("fcitx", ["libfcitx5platforminputcontextplugin.so", "libibusplatforminputcontextplugin.so"], "fcitx"),
    ("ibus", ["libibusplatforminputcontextplugin.so"], "ibus"),
    ("fcitx", ["libcomposeplatforminputcontextplugin.so"], "fcitx"),  # nothing better to offer
])
def test_input_method_fallback(tmp_path, asked, plugins, expect):
    for name in plugins:
        (tmp_path / name).write_bytes(b"")
    env = {"QT_IM_MODULE": asked}
    _launcher().input_method_fallback(env, str(tmp_path))
    assert env["QT_IM_MODULE"] == expect


def test_launcher_stops_below_the_floor(tmp_path):
    """The launcher, run as a script from a folder with a floor above this system: one line, exit 1."""
    (tmp_path / floor_check.FLOOR_FILE).write_text(json.dumps({"glibc": "99.0", "glibcxx": "0"}))
    code = (f"import sys; sys._MEIPASS = {str(tmp_path)!r}; sys.argv = ['x', '--quit-when-ready']; "
            f"import runpy; runpy.run_path({str(ROOT / 'build_spec' / 'launcher.py')!r}, run_name='__main__')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "99.0" in r.stderr, r.stderr
    assert "PySide6" not in r.stderr


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("awk") and shutil.which("getconf")),
                    reason="the start script is for Linux")
@pytest.mark.parametrize("have, args, expect", [
    ("2.35", [], None),
    ("2.36", [], None),
    ("2.31", [], "chizhou-desk-linux-x86_64-glibc2.31"),
    ("2.31", ["--lang", "en", "tasks"], "Use the compat build"),
    ("2.28", ["--lang=en"], "No build fits"),
    ("2.9", [], "本机为 glibc 2.9"),  # 2.9 < 2.35 as numbers
])
def test_start_script(tmp_path, have, args, expect):
    """build_spec/linux_start.sh as elf_floor writes it: one line and exit 1 below the floor, else
    the program (here a stand-in printing its arguments) with the arguments unchanged."""
    dist = tmp_path / "chizhou-desk"
    (dist / "_internal").mkdir(parents=True)
    (dist / "chizhou-desk").write_text('#!/bin/sh\necho "started $*"\n')
    (dist / "chizhou-desk").chmod(0o755)
    elf_floor.write_start_script(dist, {"glibc": "2.35", "machine": "x86_64"})
    assert (dist / "chizhou-desk.bin").is_file() and os.access(dist / "chizhou-desk", os.X_OK)
    r = subprocess.run([str(dist / "chizhou-desk"), *args], capture_output=True, text=True, timeout=30,
                       env=dict(os.environ, CHIZHOU_DESK_PRETEND_GLIBC=have))
    if expect is None:
        assert r.returncode == 0 and r.stdout == f"started {' '.join(args)}\n" and not r.stderr
    else:
        assert r.returncode == 1 and r.stderr.count("\n") == 1 and expect in r.stderr and not r.stdout
        assert f"glibc {have}" in r.stderr and "@" not in r.stderr
