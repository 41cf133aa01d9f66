"""A database file moved or deleted while open (ARCHITECTURE: Reliability). SQLite keeps the moved
file open but its -wal stays beside the old name, and a deleted file lives on only while open.
Nothing is written meanwhile (Store.check_identity); the window then puts the file back (a moved
file renamed back, a deleted one copied out of the open connection) or saves it elsewhere."""

import os
from pathlib import Path

from chizhou_desk.backups import copy_database
from chizhou_desk.errors import InputError
from chizhou_desk.store import file_identity

SEARCH_LIMIT = 5000  # directory entries looked at when finding where the file went


def find_moved(store) -> Path | None:
    """Where the open file went, when it was moved within its folder, into a folder beside it or
    into the folder above (a liaison tidying up); None when deleted or moved farther."""
    folder = store.path.parent
    places = [folder, folder.parent]
    seen = 0
    try:
        places += [Path(e.path) for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)][:50]
    except OSError:
        pass
    for place in places:
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for e in entries:
            seen += 1
            if seen > SEARCH_LIMIT:
                return None
            try:
                if e.is_file(follow_symlinks=False) and file_identity(Path(e.path)) == store.identity:
                    return Path(e.path)
            except OSError:
                continue
    return None


def put_back(store) -> bool:
    """Rename the moved file back to its name: True when done (the store works on as before)."""
    if store.path.exists():
        raise InputError("原位置已有一个文件，未覆盖；请用“另存为”", file=str(store.path))
    moved = find_moved(store)
    if moved is None:
        return False
    os.rename(moved, store.path)
    return True


def save_open_database(store, target: str | Path, *, busy_timeout: float = 10.0):
    """Copy the open database (the -wal included, read through the connection) to `target`, close
    it, and return a Store on the copy. `target` may be the old path of a deleted file. On a
    failure before the copy is whole the old store stays open and `target` is untouched."""
    from chizhou_desk.store import Store

    target = Path(target)
    if target.exists():
        raise InputError("目标位置已有一个文件，未覆盖；请另选文件名", file=str(target))
    part = target.with_name(target.name + ".saving")
    try:
        copy_database(store.conn, part)
    except OSError as exc:
        raise InputError(f"无法写入({exc.strerror or exc})", file=str(target)) from exc
    moved = find_moved(store)
    old = store.path
    store.close()
    _settle_old_wal(old, moved)
    part.replace(target)
    return Store(target, busy_timeout=busy_timeout)


def _settle_old_wal(old: Path, moved: Path | None) -> None:
    """The -wal SQLite left beside the old name belongs to the moved file: it goes beside that file
    (which is then whole), or away, so that it never joins another file given the old name."""
    wal, shm = Path(f"{old}-wal"), Path(f"{old}-shm")
    shm.unlink(missing_ok=True)
    if not wal.exists():
        return
    if moved is not None and not Path(f"{moved}-wal").exists():
        os.replace(wal, Path(f"{moved}-wal"))
    else:
        wal.unlink()
