"""Opening the user's database: the default one starts as the embedded sample on the first run,
and a default database that is gone while its backups remain is reported, never replaced."""

from pathlib import Path

from chizhou_desk.errors import InputError
from chizhou_desk.paths import default_db_path, sample_report


class MissingDatabase(InputError):
    """The default database is gone but its folder holds backups: restore one, never the sample."""

    def __init__(self, path: Path, newest):
        self.path, self.newest = path, newest
        if newest is not None:
            text = (f"数据库文件不存在，但有备份；最新的可用备份是 {newest.path}"
                    f"(用 restore {newest.path} 恢复)")
        else:
            text = f"数据库文件不存在，备份文件夹 {path.parent / 'backups'} 中没有可用的备份"
        super().__init__(text, file=str(path))


def open_store(db_path: str | Path | None, *, sample_on_first_run: bool = True,
               read_only: bool = False, check: bool = False, busy_timeout: float | None = None):
    """Open the database; a default database that does not exist yet starts as the embedded
    sample, unless its folder already holds backups (MissingDatabase: the real data was moved or
    deleted, and the sample must not take its place)."""
    from chizhou_desk.backups import list_backups, make_private, make_private_folder, newest_good
    from chizhou_desk.store import Store

    path = Path(db_path) if db_path else default_db_path()
    first_run = not path.exists()
    if first_run and db_path is None and list_backups(path):
        raise MissingDatabase(path, newest_good(path))
    if db_path is None:
        make_private_folder(path.parent)  # 0700: the data folder is the user's alone
        for f in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            if f.exists():
                make_private(f)  # 0600, also for a file an older version made 0644
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    timeout = {} if busy_timeout is None else {"busy_timeout": busy_timeout}
    store = Store(path, read_only=read_only, check=check, **timeout)
    if first_run and db_path is None and sample_on_first_run:
        load_sample(store)
    return store


def load_sample(store) -> None:
    from chizhou_desk.imports import read_file

    store.import_table(read_file(sample_report()))
