"""One writer per database (ARCHITECTURE: Reliability): a lock file beside it, the same for the
window and the command line, no Qt.

The file's lines: process id, process name, host name, machine id, boot id (the lines Qt's
QLockFile writes, so older versions of the program read it), then user, kind (window | cli) and
the time it was taken. The holder refreshes the file's time (a heartbeat) every HEARTBEAT_S.

A lock is stale, and taken over without asking, when its process is gone (same PC: a crash, kill
-9, a restart) or, written on another PC (a shared folder, a USB stick), when its heartbeat is
older than STALE_S: that PC crashed or lost power. Any other lock is taken over only when the user
confirms (the window's 接管编辑, the command line's --take-over); the window that lost it notices
at its next heartbeat or save and turns read-only, keeping what was typed.
"""

import errno
import getpass
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chizhou_desk.errors import InputError

HEARTBEAT_S = 30.0
STALE_S = 180.0  # another PC's lock without a heartbeat for this long: that PC is gone
CLI_WAIT_POLL_S = 0.02


@dataclass
class LockInfo:
    pid: int
    app: str
    host: str
    machine_id: str = ""
    boot_id: str = ""
    user: str = ""
    kind: str = "window"
    since: str = ""
    token: str = ""  # which lock object of the process wrote it
    beat: float = 0.0  # the file's modification time: the last heartbeat

    def describe(self) -> str:
        return f"主机 {self.host or '未知'}，进程 {self.pid}"

    def describe_long(self) -> str:
        """Host, user, process and the last heartbeat, for the take-over question."""
        beat = datetime.fromtimestamp(self.beat).strftime("%Y-%m-%d %H:%M:%S") if self.beat else "未知"
        who = f"，用户 {self.user}" if self.user else ""
        return f"主机 {self.host or '未知'}{who}，进程 {self.pid}，最近活动 {beat}"

    @property
    def is_here(self) -> bool:
        return self.host == socket.gethostname() and (not self.machine_id or not _machine_id()
                                                      or self.machine_id == _machine_id())

    @property
    def this_process(self) -> bool:
        return self.is_here and self.pid == os.getpid()


def lock_path(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def read_lock(path: Path) -> LockInfo | None:
    try:
        raw = path.read_bytes()
        beat = path.stat().st_mtime
    except OSError:
        return None
    lines = raw.decode("utf-8", "replace").split("\n")
    try:
        pid = int(lines[0])
    except (ValueError, IndexError):
        return None
    get = lambda i: lines[i].strip() if len(lines) > i else ""  # noqa: E731
    return LockInfo(pid, get(1), get(2), get(3), get(4), get(5), get(6) or "window", get(7), get(8), beat)


def is_stale(info: LockInfo, now: float | None = None) -> bool:
    if not info.is_here:
        # another PC: it cannot be checked from here; only a heartbeat says it is alive
        return (now or time.time()) - info.beat > STALE_S
    boot = _boot_id()
    if info.boot_id and boot and info.boot_id != boot:
        return True  # taken before the last restart
    return not _running(info.pid, info.app)


def holder(db_path: str | Path) -> LockInfo | None:
    """Who holds the database's lock file, or None (no lock file, or a stale one)."""
    info = read_lock(lock_path(db_path))
    if info is None or is_stale(info):
        return None
    return info


def _content(kind: str, token: str) -> bytes:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    app = Path(sys.executable).name
    if sys.platform.startswith("linux"):
        try:  # what /proc/PID/exe names, as the stale check compares it
            app = Path(os.readlink("/proc/self/exe")).name
        except OSError:
            pass
    lines = [str(os.getpid()), app, socket.gethostname(), _machine_id(), _boot_id(), user, kind,
             datetime.now().isoformat(timespec="seconds"), token]
    return ("\n".join(lines) + "\n").encode()


class DbLock:
    """This process's claim to write one database; `acquire` and `release` (also `unlock`)."""

    def __init__(self, db_path: str | Path, kind: str = "window"):
        self.path = lock_path(db_path)
        self.kind = kind
        self.held = False
        self.token = os.urandom(8).hex()

    def acquire(self, take_over: bool = False) -> LockInfo | None:
        """None once this process holds the lock; else the live holder (nothing changed).
        `take_over`: the user confirmed; any holder's lock is replaced. OSError: the folder
        cannot be written (a read-only medium)."""
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                info = read_lock(self.path)
                if info is None and _age(self.path) < 2.0:
                    time.sleep(0.05)  # being written this moment
                    continue
                if info is not None and not take_over and not is_stale(info):
                    return info
                try:
                    os.unlink(self.path)  # stale, unreadable, or taken over
                except FileNotFoundError:
                    pass
                continue
            try:
                content = _content(self.kind, self.token)
                if os.write(fd, content) != len(content):
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            except OSError:  # a full disk: no half-written lock is left behind
                os.close(fd)
                os.unlink(self.path)
                raise
            os.close(fd)
            self.held = True
            return None
        info = read_lock(self.path)
        return info or LockInfo(0, "", "")

    def still_mine(self) -> bool:
        info = read_lock(self.path)
        return self.held and info is not None and info.token == self.token

    def heartbeat(self) -> bool:
        """Refresh the lock's time; False when it is no longer ours (taken over, removed)."""
        if not self.still_mine():
            self.held = False
            return False
        try:
            os.utime(self.path)
        except OSError:
            pass
        return True

    def release(self) -> None:
        if self.held and self.still_mine():
            try:
                os.unlink(self.path)
            except OSError:
                pass
        self.held = False

    unlock = release  # the name QLockFile used


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def refuse_if_held(db_path: str | Path) -> None:
    """The check before a write: InputError while another live process holds the lock."""
    info = holder(db_path)
    if info is not None and not info.this_process:
        if info.kind == "cli":
            raise InputError(f"数据库正由命令行写入({info.describe()})，请稍后再试", file=str(db_path))
        raise InputError(f"数据库正在程序窗口中编辑({info.describe()})，请先关闭窗口再写入"
                         f"(那台电脑已关机或程序已崩溃时，可加 --take-over 接管)", file=str(db_path))


def write_lock(db_path: str | Path, wait_s: float) -> DbLock | None:
    """For one write of a process that holds no lock (the command line): the lock, taken for the
    write (release it after), or None when this process holds it already. A command line's lock
    is waited for up to `wait_s`; a window's is refused (InputError)."""
    lock = DbLock(db_path, kind="cli")
    deadline = time.monotonic() + wait_s
    while True:
        try:
            info = lock.acquire()
        except OSError:
            refuse_if_held(db_path)  # a read-only folder: no lock can be written, the check still holds
            return None
        if info is None:
            return lock
        if info.this_process:
            return None
        if info.kind != "cli" or time.monotonic() > deadline:
            refuse_if_held(db_path)
            return None  # released meanwhile: write without (rare)
        time.sleep(CLI_WAIT_POLL_S)


def take_over(db_path: str | Path) -> LockInfo | None:
    """Remove whoever's lock (the user confirmed); the holder it had, or None."""
    path = lock_path(db_path)
    info = read_lock(path)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    return info


def process_alive(pid: int) -> bool:
    """A process with this id runs on this PC (any program)."""
    return _running(pid, "")


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
