"""The `backups` and `restore FILE` commands (ARCHITECTURE: Command line): list the database's copies in backups/
and restore one into the working database (after backing up the current file)."""

from pathlib import Path


def add_backup_parsers(sub, common) -> None:
    sub.add_parser("backups", parents=[common], help="列出数据库的备份(日期、任务数、已填数)")
    s = sub.add_parser("restore", parents=[common], help="用一份备份恢复数据库(先备份当前文件)")
    s.add_argument("file", metavar="FILE", help="备份文件(路径，或 backups/ 中的文件名)")


def _db_path(args) -> Path:
    from chizhou_desk.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def cmd_backups(args) -> int:
    from chizhou_desk.backups import backup_folder, list_backups

    db = _db_path(args)
    found = list_backups(db)
    if not found:
        print(f"{backup_folder(db)}: 没有备份")
        return 0
    for b in found:
        print(b.describe())
    return 0


def cmd_restore(args) -> int:
    from chizhou_desk.backups import backup_folder, restore
    from chizhou_desk.dblock import write_lock
    from chizhou_desk.errors import InputError

    db = _db_path(args)
    backup = Path(args.file)
    if not backup.exists() and not backup.is_absolute():
        in_folder = backup_folder(db) / backup
        backup = in_folder if in_folder.exists() else backup
    if not backup.exists():
        raise InputError("备份文件不存在", file=str(args.file))
    lock = write_lock(db, 10.0)  # held while the file is replaced: no window starts writing meanwhile
    try:
        saved = restore(backup, db)
    finally:
        if lock is not None:
            lock.release()
    print(f"{db}: 已用 {backup} 恢复" + (f"；恢复前的数据库已备份到 {saved}" if saved else ""))
    return 0
