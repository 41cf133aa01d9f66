"""Writing a file so a crash or power cut never leaves half of it: temp file beside, fsync, rename."""

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from chizhou_desk.errors import InputError


@contextmanager
def atomic_target(path: str | Path, suffix: str):
    """Yield a temporary path in the target's folder; on success it replaces `path`.

    On an exception the temporary file is removed and an existing `path` is left untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("目标文件夹不存在", file=str(path))
    if path.is_dir():
        raise InputError("目标是一个文件夹", file=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~chizhou-", suffix=suffix + ".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"无法在目标文件夹中写入({exc.strerror})", file=str(path)) from exc
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise InputError("文件可能正在其他程序(Excel/WPS、PDF 阅读器)中打开,请关闭后重试",
                             file=str(path)) from exc
        _sync_folder(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); office PCs lose power."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _default_mode() -> int:
    if os.name == "nt":
        return 0o666
    try:  # read the umask without changing it (Linux)
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    return 0o644
