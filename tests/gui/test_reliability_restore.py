"""Restore done right in the window (issue 13): 文件 → 恢复备份…, a backup opened by mistake, a
missing or damaged database at start, a crashed window's stale lock, the last database reopened."""

import os
import socket
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from qt_helpers import answer_modals, click_row, type_text

from chizhou_desk import backups
from chizhou_desk.database import MissingDatabase, open_store
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.app import build_window
from chizhou_desk.gui.db_open import offer_restore_at_start, start_path
from chizhou_desk.gui.settings import AppSettings
from chizhou_desk.paths import default_db_path
from chizhou_desk.store import DamagedDatabase, Store

PERIOD = "2025-05"


def _checksum(db):
    with Store(db, read_only=True) as s:
        return s.content_checksum()


def _choose_first(monkeypatch, seen=None):
    def pick(parent, title, label, items, current):
        if seen is not None:
            seen.extend(items)
        return items[0]
    monkeypatch.setattr(dialogs, "get_item", pick)


def test_restore_from_the_menu_backs_up_then_restores_and_it_stays(qtbot, window, open_window, sample_db,
                                                                 monkeypatch):
    made = backups.daily_backup(window.store, date.today() - timedelta(days=1))
    wanted = _checksum(made)
    click_row(qtbot, window, 0)
    type_text(qtbot, window.editor.ui.progressEdit, "恢复前写的。")
    window.editor.flush()
    seen = []
    _choose_first(monkeypatch, seen)
    window.actionRestoreBackup.trigger()
    assert seen and "任务 49 项" in seen[0]
    assert _checksum(sample_db) == wanted
    assert window.editor.ui.progressEdit.toPlainText() != "恢复前写的。"
    saved = [p for p in backups.backup_folder(sample_db).iterdir() if "before-restore" in p.name]
    assert len(saved) == 1
    with Store(saved[0], read_only=True) as s:
        assert s.task_rows(PERIOD, [s.task_id("1", PERIOD)])[0].progress == "恢复前写的。"
    window.close()
    again = open_window(sample_db)  # the next start
    assert _checksum(sample_db) == wanted and not again.store.read_only
    again.close()


def test_a_backup_opened_by_mistake_is_restored_not_worked_in(qtbot, window, sample_db, monkeypatch):
    from chizhou_desk.gui import db_open

    made = backups.daily_backup(window.store, date.today() - timedelta(days=1))
    timer = answer_modals([lambda box: box.button(QMessageBox.StandardButton.Yes).click()])
    assert db_open.switch_store(window, str(made))
    del timer
    assert window.store.path == sample_db  # still the working database, now with the backup's data
    assert _checksum(sample_db) == _checksum(made)


def test_a_missing_default_database_offers_its_backups(qtbot, settings_dir, monkeypatch):
    with open_store(None) as s:
        s.save_entry(s.task_id("1", PERIOD), PERIOD, {"progress": "真实的工作。"})
        backups.daily_backup(s, date.today() - timedelta(days=1))
    db = default_db_path()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with pytest.raises(MissingDatabase) as caught:
        build_window(None, settings_dir)
    assert not db.exists()  # never the sample over the real data
    _choose_first(monkeypatch)
    assert offer_restore_at_start(caught.value, db)
    w = build_window(None, settings_dir)
    qtbot.addWidget(w)
    row = next(r for r in w.model.all_rows() if r.no == "1")
    assert row.progress == "真实的工作。"
    w.close()


def test_quit_when_ready_on_a_missing_database_names_the_newest_backup(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with open_store(None) as s:
        newest = backups.daily_backup(s, date.today())
    for suffix in ("", "-wal", "-shm"):
        Path(str(default_db_path()) + suffix).unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "--settings-dir", str(tmp_path),
                           "--quit-when-ready"], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 2 and newest.name in proc.stderr, proc.stdout + proc.stderr
    assert not default_db_path().exists()


def test_a_damaged_database_at_start_offers_the_newest_good_backup(qtbot, sample_db, settings_dir,
                                                                   monkeypatch):
    with Store(sample_db) as s:
        good = backups.daily_backup(s, date.today() - timedelta(days=1))
    data = bytearray(sample_db.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages):
        data[page * 4096 + 8: page * 4096 + 64] = b"\xa5" * 56
    sample_db.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as caught:
        build_window(sample_db, settings_dir)
    _choose_first(monkeypatch)
    assert offer_restore_at_start(caught.value, sample_db)
    assert _checksum(sample_db) == _checksum(good)
    w = build_window(sample_db, settings_dir)
    qtbot.addWidget(w)
    assert w.model.rowCount() > 0
    w.close()


def test_a_crashed_windows_lock_is_taken_over(qtbot, open_window, sample_db):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    exe = Path(os.readlink("/proc/self/exe")).name if Path("/proc/self/exe").exists() else "python3"
    Path(str(sample_db) + ".lock").write_text(f"{dead.pid}\n{exe}\n{socket.gethostname()}\n")
    w = open_window(sample_db)
    assert w.lock is not None and not w.store.read_only and not w.banner.isVisibleTo(w)
    w.close()
    assert not Path(str(sample_db) + ".lock").exists()  # released on close


def test_the_last_database_is_reopened_at_start(window, sample_db, settings_dir):
    window.close()
    assert Path(start_path(None, AppSettings(settings_dir))) == sample_db.resolve()
    assert start_path("other.db", AppSettings(settings_dir)) == "other.db"



def test_a_large_damaged_file_is_still_refused_at_start(qtbot, sample_db, settings_dir, monkeypatch):
    from chizhou_desk.gui import db_open

    with Store(sample_db) as s:
        backups.daily_backup(s, date.today() - timedelta(days=1))
    data = bytearray(sample_db.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages):
        data[page * 4096 + 8: page * 4096 + 64] = b"\xa5" * 56
    sample_db.write_bytes(bytes(data))
    monkeypatch.setattr(db_open, "CHECK_AT_OPEN_MAX_BYTES", 0)  # as for a file of hundreds of MB
    with pytest.raises(DamagedDatabase):  # reading the tasks finds the damage: restore is offered
        build_window(sample_db, settings_dir)


def test_damage_found_before_the_days_backup_offers_a_restore(qtbot, window, sample_db, monkeypatch):
    from chizhou_desk.gui.db_open import offer_restore_when_damaged

    good = backups.daily_backup(window.store, date.today() - timedelta(days=1))
    _choose_first(monkeypatch)
    timer = answer_modals([lambda box: box.button(QMessageBox.StandardButton.Yes).click()])
    offer_restore_when_damaged(window, DamagedDatabase("数据库文件已损坏(测试)", file=str(sample_db)))
    del timer
    assert _checksum(sample_db) == _checksum(good) and window.model.rowCount() > 0


def test_a_backup_is_never_reopened_as_the_last_database(window, sample_db, settings_dir):
    made = backups.daily_backup(window.store, date.today() - timedelta(days=1))
    settings = AppSettings(settings_dir)
    settings.add_recent_database(str(made))  # what opening a backup used to leave behind
    assert start_path(None, settings) is None  # the default database instead
