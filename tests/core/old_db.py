"""A database as an older release wrote it: migrations 1..version applied by hand, nothing newer."""

import sqlite3

from chizhou_desk.schema import APPLICATION_ID, MIGRATIONS, statements


def old_database(path, version: int) -> sqlite3.Connection:
    """The schema of `version`, empty, still open: the test adds that release's rows and commits."""
    conn = sqlite3.connect(path)
    for v in range(1, version + 1):
        for stmt in statements(MIGRATIONS[v]):
            conn.execute(stmt)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    return conn
