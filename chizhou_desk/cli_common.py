"""What every CLI command shares: the --db store and the --period key (cli.py builds the parser;
each command lives in its own cli_*.py)."""

import sys
from pathlib import Path

from chizhou_desk import cli_texts as T
from chizhou_desk.errors import InputError


def open_db(args, create: bool = False):
    """The --db store; only `import` may create a named file (a mistyped path is an error).
    Without --db, the first use of any command creates the default database from the embedded
    sample, and says so on stderr."""
    from chizhou_desk.database import open_store
    from chizhou_desk.paths import default_db_path

    t = T.texts(getattr(args, "lang", None))
    if args.db and not create and not Path(args.db).exists():
        raise InputError(t["db_missing"], file=args.db)
    new = not args.db and not default_db_path().exists()
    store = open_store(args.db)
    if new:
        print(t["new_db"].format(path=store.path), file=sys.stderr)
    return store


def period_of(store, key: str) -> str:
    """--period as the store knows it (2025-05, 1-5月, 2025年1-5月 …); an unknown one is an error."""
    from chizhou_desk import periods as P

    year = None if "-" in key and key[:4].isdigit() else (store.plan_info() or {}).get("year")
    return store.period(P.parse(key, year)).key


def period_or_latest(store, key: str | None) -> str | None:
    """None: a list without periods lists its tasks, period null."""
    return period_of(store, key) if key else store.latest_period()
