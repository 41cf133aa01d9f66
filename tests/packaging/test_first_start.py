"""The first start as a normal user: start.sh's library check on a real desktop's ldconfig cache,
its Python version check, --version, and start-up problems shown where a desktop user sees them."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chizhou_desk import desktop_notice, floor_check

ROOT = Path(__file__).resolve().parents[2]
START = ROOT / "start.sh"
linux = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("bash"),
                           reason="start.sh is for Debian/Ubuntu")


def _start_sh_libs() -> dict[str, str]:
    """start.sh's XCB_LIBS: soname -> Debian package."""
    block = re.search(r'XCB_LIBS="(.*?)"', START.read_text(encoding="utf-8"), re.S)
    assert block
    return dict(pair.split(":") for pair in block.group(1).split())


def _fake_ldconfig(tmp_path: Path, sonames: list[str], total: int = 900) -> Path:
    """An `ldconfig -p` of `total` entries, ours first: the old `ldconfig -p | grep -q` stopped
    reading there and ldconfig died of SIGPIPE on the rest."""
    lines = [f"{total} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\t{so} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{so}" for so in sonames]
    lines += [f"\tlibfiller{i}.so.{i % 7} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libfiller{i}.so"
              for i in range(total - len(sonames))]
    cache = tmp_path / "cache.txt"
    cache.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fake = tmp_path / "ldconfig"
    fake.write_text(f"#!/bin/sh\ncat '{cache}'\n")
    fake.chmod(0o755)
    return fake


def _missing_packages(fake: Path) -> set[str]:
    r = subprocess.run(["bash", str(START), "--missing-packages"], capture_output=True, text=True,
                       env=dict(os.environ, CHIZHOU_LDCONFIG=str(fake)), timeout=60)
    assert r.returncode == 0, r.stderr
    return set(r.stdout.split())


@linux
def test_library_check_finds_nothing_missing_on_a_big_cache_50_times(tmp_path):
    libs = _start_sh_libs()
    fake = _fake_ldconfig(tmp_path, list(libs))
    lib_packages = set(libs.values())
    for run in range(50):
        named = _missing_packages(fake) & lib_packages
        assert not named, f"run {run}: installed libraries named as missing: {named}"


@linux
def test_library_check_names_a_library_that_is_missing(tmp_path):
    libs = _start_sh_libs()
    fake = _fake_ldconfig(tmp_path, [so for so in libs if so != "libxcb-cursor.so.0"])
    assert _missing_packages(fake) & set(libs.values()) == {"libxcb-cursor0"}


@linux
def test_old_python_is_said_in_one_line_before_anything_is_installed(tmp_path):
    """Debian 11 / Kylin V10 / Ubuntu 20.04: python3 is 3.9 and no newer one is on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "id", "uname", "sed", "cat"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    (bin_dir / "python3").write_text(
        '#!/bin/sh\ncase "$2" in *version_info*) exit 1 ;; *) echo 3.9.2 ;; esac\n')
    (bin_dir / "python3").chmod(0o755)
    venv = tmp_path / "venv"
    r = subprocess.run([shutil.which("bash"), str(START)], capture_output=True, text=True, timeout=60,
                       env={"PATH": str(bin_dir), "CHIZHOU_VENV": str(venv), "HOME": str(tmp_path)})
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "Python ≥ 3.10" in lines[0] and "3.9.2" in lines[0] and "glibc2.31" in lines[0]
    assert not venv.exists()


def test_version_prints_the_version(capsys):
    from chizhou_desk import __version__
    from chizhou_desk.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"chizhou-desk {__version__}"


def test_version_of_a_build_names_its_floor(tmp_path, monkeypatch, capsys):
    (tmp_path / floor_check.FLOOR_FILE).write_text(json.dumps(
        {"glibc": "2.30", "glibcxx": "3.4.22", "machine": "aarch64"}))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    from chizhou_desk.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    assert "aarch64" in out and "glibc ≥ 2.30" in out and "GLIBCXX_3.4.22" in out


def _fake_tool(folder: Path, name: str) -> Path:
    """A message-box program that records its arguments."""
    folder.mkdir(exist_ok=True)
    record = folder / f"{name}.args"
    tool = folder / name
    tool.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "{record}"\n')
    tool.chmod(0o755)
    return record


class _Pipe:
    """stderr when started from the menu: not a terminal."""

    def __init__(self, tty: bool = False):
        self.text, self.tty = "", tty

    def write(self, s):
        self.text += s

    def flush(self):
        pass

    def isatty(self):
        return self.tty


@linux
def test_no_terminal_shows_a_message_box_and_logs(tmp_path):
    bin_dir = tmp_path / "bin"
    record = _fake_tool(bin_dir, "kdialog")
    _fake_tool(bin_dir, "notify-send")  # zenity is missing here: kdialog comes first
    env = {"PATH": str(bin_dir), "DISPLAY": ":0"}
    stream = _Pipe()
    assert desktop_notice.tell("缺少系统库 libxcb-cursor.so.0", env, stream) == "kdialog"
    assert "缺少系统库 libxcb-cursor.so.0" in record.read_text(encoding="utf-8")
    assert stream.text == "缺少系统库 libxcb-cursor.so.0\n"
    from chizhou_desk.logs import setup_logging

    log = setup_logging()  # the handler this process logs to (an earlier test may have attached it)
    assert log is not None and "缺少系统库 libxcb-cursor.so.0" in log.read_text(encoding="utf-8")


@linux
@pytest.mark.parametrize("env, tty", [({"DISPLAY": ":0"}, True), ({}, False)])
def test_a_terminal_or_no_display_gets_no_box(tmp_path, env, tty):
    record = _fake_tool(tmp_path / "bin", "zenity")
    assert desktop_notice.tell("x", dict(env, PATH=str(tmp_path / "bin")), _Pipe(tty)) is None
    assert not record.exists()


@linux
def test_window_started_from_the_menu_shows_the_missing_library(tmp_path):
    """python -m chizhou_desk with a broken xcb plugin and stderr not a terminal: zenity is called
    with the same line stderr gets (the plugin copy as in test_xcb_check)."""
    from chizhou_desk.platform_check import xcb_plugin

    real = xcb_plugin({})
    if real is None:
        pytest.skip("PySide6 has no xcb plugin here")
    qt = tmp_path / "PySide6" / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(real.parents[2] / "lib")
    data = real.read_bytes()
    m = re.search(rb"libxcb-[a-z-]+\.so\.\d+\x00", data)
    assert m
    name = m.group(0)[:-1].replace(b"libxcb-", b"libzzz-")
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(data.replace(m.group(0), name + b"\x00", 1))
    record = _fake_tool(tmp_path / "bin", "zenity")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99", QT_PLUGIN_PATH=str(qt / "plugins"),
               PYTHONPATH=str(ROOT), PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    r = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(tmp_path / "t.db")],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    shown = record.read_text(encoding="utf-8")
    assert name.decode() in shown and "--error" in shown
    assert r.stderr.strip() in shown


@linux
@pytest.mark.skipif(not (shutil.which("awk") and shutil.which("getconf")), reason="the start script")
def test_build_start_script_shows_old_glibc_in_a_box_and_the_log(tmp_path):
    sys.path.insert(0, str(ROOT / "build_spec"))
    import elf_floor

    dist = tmp_path / "chizhou-desk"
    (dist / "_internal").mkdir(parents=True)
    (dist / "chizhou-desk").write_text('#!/bin/sh\necho started\n')
    (dist / "chizhou-desk").chmod(0o755)
    elf_floor.write_start_script(dist, {"glibc": "2.35", "machine": "x86_64"})
    record = _fake_tool(tmp_path / "bin", "xmessage")
    data = tmp_path / "data-home"
    r = subprocess.run([str(dist / "chizhou-desk")], capture_output=True, text=True, timeout=30,
                       stdin=subprocess.DEVNULL,
                       env=dict(os.environ, CHIZHOU_DESK_PRETEND_GLIBC="2.28", DISPLAY=":0",
                                XDG_DATA_HOME=str(data), PATH=f"{tmp_path / 'bin'}:/usr/bin:/bin"))
    assert r.returncode == 1 and "glibc 2.28" in r.stderr and not r.stdout
    assert "glibc 2.28" in record.read_text(encoding="utf-8")
    assert "glibc 2.28" in (data / "chizhou-desk" / "chizhou-desk.log").read_text(encoding="utf-8")
