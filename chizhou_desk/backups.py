"""Copies of the database kept beside it (backups/), and restoring one (ARCHITECTURE: Reliability).

A backup is never worked in: restoring first backs up the current file, then copies the chosen
backup into the working database's place. A damaged database is never backed up (it would push
the good copies out). Cleanup never deletes a file that is open, has been written since it was
made, or is the working database.
"""

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from chizhou_desk.errors import InputError
from chizhou_desk.logs import log

KEEP = 14  # daily copies kept per database
STALE_PART_S = 3600  # a .part older than this was left by a killed copy


@dataclass
class BackupInfo:
    path: Path
    made: datetime  # when the copy was written
    size: int
    tasks: int | None = None  # None: the copy cannot be read (damaged, not ours)
    filled: int | None = None  # entries with progress written
    periods: list[str] | None = None
    problem: str = ""

    @property
    def good(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        when = f"{self.made:%Y-%m-%d %H:%M}"
        if not self.good:
            return f"{when}  {self.path.name}  (无法使用：{self.problem})"
        return (f"{when}  {self.path.name}  任务 {self.tasks} 项，已填进展 {self.filled} 条，"
                f"期间 {'、'.join(self.periods or []) or '无'}")


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _daily_glob(db_path: Path) -> str:
    return f"{db_path.stem}-????????{db_path.suffix or '.db'}"


def daily_backup(store, today: date | None = None, keep: int = KEEP, protect: tuple = ()) -> Path | None:
    """Copy the database (SQLite's online backup: consistent while open) unless today's copy
    exists; drop the oldest daily copies beyond `keep`. Returns the new copy, or None.

    DamagedDatabase (an InputError) when PRAGMA quick_check fails: nothing is copied or dropped."""
    today = today or date.today()
    store.quick_check()
    folder = backup_folder(store.path)
    target = folder / f"{store.path.stem}-{today:%Y%m%d}{store.path.suffix or '.db'}"
    if target.exists():
        return None
    make_private_folder(folder)
    remove_stale_parts(folder)
    copy_database(store.conn, target)
    cleanup(store.path, keep, protect)
    log.info("daily backup %s", target)
    return target


def safety_backup(store_or_conn, db_path: Path, why: str = "before-restore") -> Path:
    """A copy of the current database before it is replaced (kept apart from the daily copies)."""
    folder = backup_folder(db_path)
    make_private_folder(folder)
    target = folder / f"{db_path.stem}-{why}-{datetime.now():%Y%m%d-%H%M%S}{db_path.suffix or '.db'}"
    conn = getattr(store_or_conn, "conn", store_or_conn)
    copy_database(conn, target)
    return target


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup into target.part, synced, then renamed (0600)."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        copy = sqlite3.connect(str(part))
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def cleanup(db_path: Path, keep: int = KEEP, protect: tuple = ()) -> list[Path]:
    """Drop daily copies beyond the newest `keep`, except one that is open (a lock file or a -wal
    beside it), was written after the day it was made, or is the working database."""
    from chizhou_desk.dblock import holder

    db_path = Path(db_path)
    folder = backup_folder(db_path)
    copies = sorted(folder.glob(_daily_glob(db_path)))
    protected = {_same(p) for p in (db_path, *protect)}
    dropped = []
    for old in copies[:-keep] if keep else copies:
        if _same(old) in protected or holder(old) is not None:
            continue
        if any(old.with_name(old.name + s).exists() for s in ("-wal", "-journal")):
            continue
        if _worked_in(old):
            continue
        old.unlink()
        dropped.append(old)
    return dropped


def _worked_in(path: Path) -> bool:
    """Opened for writing (our copies are written in rollback-journal mode; the program switches
    a file it opens to WAL) and written after the day in its name: someone worked in this copy."""
    try:
        with open(path, "rb") as f:
            head = f.read(20)
        day = datetime.strptime(path.stem[-8:], "%Y%m%d")
    except (OSError, ValueError):
        return True
    wal = len(head) == 20 and head[18] == 2
    return wal and (datetime.fromtimestamp(path.stat().st_mtime) - day).days > 1


def _same(p: Path) -> str:
    try:
        return str(Path(p).resolve())
    except OSError:
        return str(p)


def remove_stale_parts(folder: Path, max_age_s: float = STALE_PART_S) -> None:
    now = datetime.now().timestamp()
    for part in list(folder.glob("*.part")):
        try:
            if now - part.stat().st_mtime > max_age_s or part.stat().st_size == 0:
                part.unlink()
        except OSError:
            pass


def make_private_folder(folder: Path) -> None:
    """Create `folder` readable by its owner only (0700 on POSIX); an older install's 0755 is
    tightened."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(folder, 0o700)


def make_private(path: Path, mode: int = 0o600) -> None:
    if os.name == "nt":
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours (a shared folder): leave it


def is_inside_backups(path: Path) -> bool:
    return Path(path).resolve().parent.name == "backups"


# --- listing and restoring ---------------------------------------------------------------

def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every copy in backups/ of this database (daily, before-restore, migration), newest first."""
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    found = []
    if folder.is_dir():
        for p in folder.glob(f"{db_path.stem}-*{db_path.suffix or '.db'}"):
            if p.is_file():
                found.append(describe(p))
    found.sort(key=lambda b: b.made, reverse=True)
    return found


def describe(path: Path) -> BackupInfo:
    st = path.stat()
    info = BackupInfo(path, datetime.fromtimestamp(st.st_mtime), st.st_size)
    try:
        conn = _open_copy(path)
    except InputError as exc:
        info.problem = str(exc).split(": ")[-1]
        return info
    try:
        check = [r[0] for r in conn.execute("PRAGMA quick_check(1)")]
        if check != ["ok"]:
            info.problem = f"已损坏({check[0][:80]})"
            return info
        info.tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
        info.filled = conn.execute(
            "SELECT count(*) FROM entries WHERE trim(progress, ' ' || char(9, 10, 13, 12288)) != ''"
        ).fetchone()[0]
        info.periods = [r[0] for r in conn.execute(
            "SELECT p.label FROM periods p JOIN plans pl ON pl.id = p.plan_id ORDER BY p.key")]
    except sqlite3.DatabaseError as exc:
        info.problem = f"无法读取({exc})"
    finally:
        conn.close()
    return info


def newest_good(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.good), None)


def _open_copy(path: Path) -> sqlite3.Connection:
    from chizhou_desk.store import check_is_ours

    check_is_ours(path)
    try:
        # read only and immutable: a backup is never written, not even its -shm made
        return sqlite3.connect(Path(path).resolve().as_uri() + "?immutable=1", uri=True)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"无法读取({exc})", file=str(path)) from exc


def restore(backup: Path, db_path: Path) -> Path | None:
    """Copy `backup` into the working database at `db_path` (which must not be open in this
    process). The current file, if readable, is first copied to backups/ (returned); a stale
    -wal/-shm beside the working database is removed before the copy takes its place."""
    from chizhou_desk.store import DamagedDatabase, Store

    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise InputError("备份文件不存在", file=str(backup))
    if _same(backup) == _same(db_path):
        raise InputError("这就是当前数据库，不能用它恢复自身", file=str(backup))
    info = describe(backup)
    if not info.good:
        raise InputError(f"备份不能使用：{info.problem}", file=str(backup))
    saved = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            with Store(db_path, check=True) as current:
                saved = safety_backup(current, db_path)
        except (sqlite3.OperationalError, OSError) as exc:  # a full disk, not a damaged file
            raise no_room("无法先备份当前数据库", exc, db_path) from exc
        except (DamagedDatabase, sqlite3.DatabaseError):
            saved = _raw_copy_aside(db_path)  # a damaged file is kept aside as it is, never as a backup
        except InputError as exc:
            if isinstance(exc.__cause__, (sqlite3.OperationalError, OSError)):  # I/O, no room: not damage
                raise no_room("无法先备份当前数据库", exc.__cause__, db_path) from exc
            saved = _raw_copy_aside(db_path)
    part = db_path.with_name(f".{db_path.name}.restore.part")
    conn = _open_copy(backup)
    try:
        part.unlink(missing_ok=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        copy = sqlite3.connect(str(part))
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
    except (sqlite3.OperationalError, OSError) as exc:
        part.unlink(missing_ok=True)
        raise no_room("无法写入恢复的数据库", exc, db_path) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    remove_side_files(db_path)
    part.replace(db_path)
    from chizhou_desk.files import sync_folder

    sync_folder(db_path.parent)
    return saved


def remove_side_files(db_path: Path) -> None:
    """A -wal/-shm left by the file being replaced would be replayed into the new one: remove."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def _raw_copy_aside(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    make_private_folder(folder)
    target = folder / f"{db_path.stem}-damaged-{datetime.now():%Y%m%d-%H%M%S}{db_path.suffix}.bad"
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(db_path, part)
    except OSError as exc:  # never a 0-byte .bad: the copy is named only once whole
        part.unlink(missing_ok=True)
        raise no_room("无法把损坏的数据库另存一份", exc, db_path) from exc
    part.replace(target)
    return target


def no_room(what: str, exc: BaseException, db_path: Path) -> InputError:
    """A write that failed for want of room (or a quota): said as such; nothing was replaced."""
    text = str(exc).lower()
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in text \
        or "disk i/o" in text or "no space" in text
    why = "磁盘空间不足或无法写入" if full else (getattr(exc, "strerror", None) or str(exc))
    return InputError(f"{what}({why})，数据库未改动；请腾出磁盘空间后重试", file=str(db_path))
