"""The log on an offline PC: imports, exports, backups and migrations leave a line at INFO."""

from chizhou_desk.cli import main
from chizhou_desk.logs import log, setup_logging


def test_commands_write_the_log(tmp_path, seed_path, capsys):
    path = setup_logging()  # the one the commands use (the data folder, or an earlier test's)
    assert path is not None
    db, out = tmp_path / "t.db", tmp_path / "u.xlsx"
    assert main(["--db", str(db), "import", str(seed_path)]) == 0
    assert main(["--db", str(db), "export", "--unit", "市商务局", "--period", "2025-05", "-o", str(out)]) == 0
    for handler in log.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"import {seed_path}: +49 tasks" in text
    assert f"export chizhou_desk/submission: {out}" in text


def test_a_migration_is_logged(tmp_path):
    import sqlite3

    from chizhou_desk.schema import MIGRATIONS, statements
    from chizhou_desk.store import Store

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    for v in (1, 2, 3, 4):
        for stmt in statements(MIGRATIONS[v]):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    path = setup_logging()
    with Store(old):
        pass
    for handler in log.handlers:
        handler.flush()
    assert f"migrated {old} from schema 4 to" in path.read_text(encoding="utf-8")


def test_lines_logged_before_the_file_is_attached_are_written_to_it(tmp_path):
    """The window attaches the log file after its first paint; what was logged before waits."""
    import logging

    from chizhou_desk.logs import hold

    before = list(log.handlers)
    try:
        hold()
        log.info("early line %s", 28)
        log.debug("a debug line is not kept at INFO")
        path = setup_logging(tmp_path / "logs")
        assert path is not None
        for handler in log.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "INFO chizhou_desk: early line 28" in text
        assert "debug line" not in text
        assert not any(type(h).__name__ == "_Held" for h in log.handlers)
    finally:
        for handler in set(log.handlers) - set(before):
            log.removeHandler(handler)
            handler.close()
        if not before:
            log.setLevel(logging.NOTSET)
