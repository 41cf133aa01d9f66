"""One writer per database: the window holds a lock file beside it (Qt's QLockFile); the command
line reads the same file, without Qt, and refuses to write while a live window holds it.

QLockFile writes, one a line: the process id, the process name, the host name and, where known,
the machine id and the boot id. A lock whose process is gone (a crash, kill -9) is stale: the
window takes it over, and the command line ignores it.
"""

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from chizhou_desk.errors import InputError


@dataclass
class LockInfo:
    pid: int
    app: str
    host: str
    machine_id: str = ""
    boot_id: str = ""

    def describe(self) -> str:
        return f"主机 {self.host or '未知'}，进程 {self.pid}"


def lock_path(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def read_lock(path: Path) -> LockInfo | None:
    try:
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    except (FileNotFoundError, IsADirectoryError):
        return None
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (ValueError, IndexError):
        return None
    get = lambda i: lines[i].strip() if len(lines) > i else ""  # noqa: E731
    return LockInfo(pid, get(1), get(2), get(3), get(4))


def holder(db_path: str | Path) -> LockInfo | None:
    """Who holds the database's lock file, or None (no lock file, or a stale one)."""
    info = read_lock(lock_path(db_path))
    if info is None:
        return None
    if info.host and info.host != socket.gethostname():
        return info  # another PC (a shared folder, a USB stick): it cannot be checked from here
    machine, boot = _machine_id(), _boot_id()
    if info.machine_id and machine and info.machine_id != machine:
        return info
    if info.boot_id and boot and info.boot_id != boot:
        return None  # taken before the last restart
    return info if _running(info.pid, info.app) else None


def refuse_if_held(db_path: str | Path) -> None:
    """The command line's check before it writes: InputError while another live process
    (a window) holds the database's lock."""
    info = holder(db_path)
    if info is not None and info.pid != os.getpid():
        raise InputError(f"数据库正在程序窗口中编辑({info.describe()})，请先关闭窗口再写入",
                         file=str(db_path))


def _running(pid: int, app: str) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:  # a reused pid: another program (QLockFile compares the same way)
        name = Path(os.readlink(f"/proc/{pid}/exe")).name
    except OSError:
        return True
    return not app or name == Path(app).name or name.startswith(Path(app).name)


def _running_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _read_first(*paths: str) -> str:
    for p in paths:
        try:
            return Path(p).read_text().strip().replace("-", "") if "boot_id" not in p else \
                Path(p).read_text().strip()
        except OSError:
            continue
    return ""


def _machine_id() -> str:
    return _read_first("/etc/machine-id", "/var/lib/dbus/machine-id") if sys.platform.startswith("linux") else ""


def _boot_id() -> str:
    return _read_first("/proc/sys/kernel/random/boot_id") if sys.platform.startswith("linux") else ""
