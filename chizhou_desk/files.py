"""Writing a file so a crash or power cut never leaves half of it: temp file beside, fsync, verify,
rename. A file that does not read back as what its name says (a PDF writer that ignored a full
disk, a truncated zip) never replaces the old one."""

import os
import stat
import tempfile
import time
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
    if path.exists() and not path.is_file():
        raise InputError("目标不是普通文件(管道或设备)", file=str(path))
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        raise InputError("目标文件是只读的，未覆盖；请换一个文件名或先取消其只读属性", file=str(path))
    remove_stale_temps(folder)
    if suffix == ".xlsx":
        remove_stale_openpyxl_temps()
    try:
        # the writer's pid in the name: a killed run's file is known as such at the next start
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=suffix + ".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"无法在目标文件夹中写入({exc.strerror})", file=str(path)) from exc
    os.close(fd)
    try:
        try:
            yield Path(tmp)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
        except OSError as exc:  # a full disk, a quota: the output is named, not the database
            raise InputError(f"写入失败({exc.strerror or exc})，原文件未改动", file=str(path)) from exc
        problem = verify(Path(tmp), suffix)
        if problem:
            raise InputError(f"写出的文件不完整({problem}；磁盘已满？)，原文件未改动", file=str(path))
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise InputError("文件可能正在其他程序(Excel/WPS、PDF 阅读器)中打开，请关闭后重试",
                             file=str(path)) from exc
        sync_folder(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


TEMP_PREFIX = ".~chizhou-"
STALE_TEMP_S = 3600  # a temporary file older than this was left by a killed run


def remove_stale_temps(folder: Path, max_age_s: float = STALE_TEMP_S) -> int:
    """Remove our temporary files (.~chizhou-*.tmp) a killed run left in `folder`: those whose
    writer (the pid in the name) is gone on this PC, and any older than `max_age_s`."""
    from chizhou_desk.dblock import process_alive

    removed = 0
    try:
        names = [e for e in os.scandir(folder) if e.name.startswith(TEMP_PREFIX) and e.name.endswith(".tmp")]
    except OSError:
        return 0
    now = time.time()
    for e in names:
        pid = e.name[len(TEMP_PREFIX):].split("-", 1)[0]
        try:
            dead = pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid))
            if dead or now - e.stat().st_mtime > max_age_s:
                os.unlink(e.path)
                removed += 1
        except OSError:
            pass
    return removed


def remove_stale_openpyxl_temps(max_age_s: float = 24 * 3600) -> int:
    """openpyxl's write-only sheets spill to openpyxl.* files in the temp folder; a killed export
    leaves them behind. Old ones owned by this user are removed."""
    removed = 0
    folder = tempfile.gettempdir()
    now = time.time()
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith("openpyxl.")]
    except OSError:
        return 0
    for e in entries:
        try:
            st = e.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > max_age_s and \
                    (not hasattr(os, "getuid") or st.st_uid == os.getuid()):
                os.unlink(e.path)
                removed += 1
        except OSError:
            pass
    return removed


def verify(path: Path, suffix: str) -> str:
    """'' when the file reads back as its kind (xlsx/docx zip, PDF, PNG), else what is wrong."""
    try:
        size = path.stat().st_size
        if size == 0:
            return "文件为空"
        with open(path, "rb") as f:
            head = f.read(8)
            f.seek(max(0, size - 2048))
            tail = f.read()
    except OSError as exc:
        return f"无法读回：{exc.strerror or exc}"
    kind = suffix.lower().lstrip(".")
    if kind in ("xlsx", "docx"):
        return _verify_zip(path, head)
    if kind == "pdf":
        if not head.startswith(b"%PDF-"):
            return "不是 PDF 文件头"
        if b"%%EOF" not in tail:
            return "PDF 缺少结尾"
        return ""
    if kind == "png":
        if head != b"\x89PNG\r\n\x1a\n":
            return "不是 PNG 文件头"
        if b"IEND" not in tail[-16:]:
            return "PNG 缺少结尾"
        return ""
    return ""


def _verify_zip(path: Path, head: bytes) -> str:
    import zipfile

    if not head.startswith(b"PK\x03\x04"):
        return "不是 zip 文件头"
    try:
        with zipfile.ZipFile(path) as z:
            if "[Content_Types].xml" not in z.namelist():
                return "缺少 [Content_Types].xml"
            bad = z.testzip()
            if bad is not None:
                return f"压缩内容损坏：{bad}"
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        return f"无法作为 zip 读回：{exc}"
    return ""


def sync_folder(folder: Path) -> None:
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
