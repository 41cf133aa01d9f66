"""A copy of the database once a day, kept beside it: office PCs lose power and files get deleted."""

import sqlite3
from datetime import date
from pathlib import Path

KEEP = 14  # daily copies kept per database


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def daily_backup(store, today: date | None = None, keep: int = KEEP) -> Path | None:
    """Copy the database (SQLite's online backup: consistent while open) unless today's copy
    exists; drop the oldest copies beyond `keep`. Returns the new copy, or None."""
    today = today or date.today()
    folder = backup_folder(store.path)
    target = folder / f"{store.path.stem}-{today:%Y%m%d}{store.path.suffix or '.db'}"
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    copy = sqlite3.connect(str(tmp))
    try:
        store.conn.backup(copy)
    finally:
        copy.close()
    tmp.replace(target)
    copies = sorted(folder.glob(f"{store.path.stem}-????????{store.path.suffix or '.db'}"))
    for old in copies[:-keep]:
        old.unlink()
    return target
