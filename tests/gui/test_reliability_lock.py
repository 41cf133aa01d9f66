"""Issue 26, the lock: a lock written on another PC that crashed is taken over (by itself once its
heartbeat is old, after a question while fresh), in the window and the command line; the command
line holds the lock while it writes; a read-only window offers to write once the lock is released
and shows what the writer saved. Real lock files, real windows, the real CLI in a subprocess."""

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from qt_helpers import answer_modals, click_row, type_text

from chizhou_desk import dblock
from chizhou_desk.store import Store

HOST = "OFFICE-PC-7"


def _foreign_lock(db: Path, age_s: float = 0.0) -> Path:
    path = dblock.lock_path(db)
    path.write_text(f"4242\nchizhou-desk\n{HOST}\nfeedc0de\n\n张三\nwindow\n2026-12-01T09:00:00\nt0k3n\n")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "chizhou_desk", *map(str, args)], capture_output=True,
                          text=True, timeout=120)


def _progress(db, no="1"):
    with Store(db, read_only=True) as s:
        return s.task_rows("2025-05", [s.task_id(no, "2025-05")])[0].progress


def test_a_fresh_foreign_lock_is_taken_over_in_the_window_after_a_question(qtbot, open_window, sample_db):
    _foreign_lock(sample_db)
    w = open_window(sample_db)
    assert w.store.read_only and w.lock is None and HOST in w.banner.text()
    button = w.lock_watch.button
    assert button.isVisibleTo(w) and button.text() == "接管编辑…"
    seen = []

    def answer(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
    timer = answer_modals([answer])
    button.click()
    del timer
    assert HOST in seen[0] and "张三" in seen[0] and "最近活动" in seen[0]
    assert not w.store.read_only and w.lock is not None and not w.banner.isVisibleTo(w)
    assert dblock.read_lock(dblock.lock_path(sample_db)).pid == os.getpid()
    click_row(qtbot, w, 0)
    type_text(qtbot, w.editor.ui.progressEdit, "接管后输入。")
    w.editor.flush()
    assert _progress(sample_db) == "接管后输入。"
    w.close()
    assert not dblock.lock_path(sample_db).exists()


def test_a_foreign_lock_without_heartbeat_for_minutes_does_not_block_the_window(open_window, sample_db):
    _foreign_lock(sample_db, age_s=dblock.STALE_S + 60)
    w = open_window(sample_db)
    assert not w.store.read_only and w.lock is not None
    w.close()


def test_the_cli_refuses_a_fresh_foreign_lock_takes_it_over_when_asked_and_ignores_an_old_one(sample_db,
                                                                                            seed_path):
    _foreign_lock(sample_db)
    proc = _cli("import", seed_path, "--db", sample_db)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert HOST in proc.stderr and "--take-over" in proc.stderr
    proc = _cli("import", seed_path, "--db", sample_db, "--take-over")
    assert proc.returncode == 0, proc.stderr
    assert HOST in proc.stderr and "接管" in proc.stderr
    assert not dblock.lock_path(sample_db).exists()  # the CLI's own lock went with its write
    _foreign_lock(sample_db, age_s=dblock.STALE_S + 60)
    proc = _cli("import", seed_path, "--db", sample_db)
    assert proc.returncode == 0, proc.stderr


def test_the_cli_holds_the_lock_while_it_writes(store, db_path):
    lock = dblock.lock_path(db_path)
    with store.transaction():
        info = dblock.read_lock(lock)
        assert info is not None and info.kind == "cli" and info.pid == os.getpid()
    assert not lock.exists()


WRITER = """
import sys, time
from chizhou_desk.store import Store
s = Store(sys.argv[1])
with s.transaction() as c:
    c.execute("UPDATE entries SET progress = '命令行写入。' WHERE task_id = (SELECT id FROM tasks WHERE no = '1')")
    print("writing", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_window_opened_during_a_cli_write_is_read_only_then_offered_writing_with_fresh_data(
        qtbot, open_window, sample_db):
    with subprocess.Popen([sys.executable, "-c", WRITER, str(sample_db), "4"], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout.readline().strip() == "writing"
        w = open_window(sample_db)
        assert w.store.read_only and "命令行" in w.banner.text()
    w.lock_watch.tick()
    assert w.lock_watch.button.text() == "改为可编辑"
    click_row(qtbot, w, 0)
    assert w.editor.ui.progressEdit.toPlainText() == "命令行写入。"  # the table was refreshed
    w.lock_watch.button.click()
    assert not w.store.read_only and w.lock is not None
    w.close()


def test_a_second_window_becomes_writable_after_the_first_closes_and_shows_its_saves(
        qtbot, window, open_window, sample_db):
    second = open_window(sample_db)
    assert second.store.read_only
    click_row(qtbot, window, 0)
    type_text(qtbot, window.editor.ui.progressEdit, "第一个窗口写的。")
    window.editor.flush()
    window.close()
    second.lock_watch.tick()
    assert "已关闭" in second.banner.text() and second.lock_watch.button.text() == "改为可编辑"
    click_row(qtbot, second, 0)
    assert second.editor.ui.progressEdit.toPlainText() == "第一个窗口写的。"
    second.lock_watch.button.click()
    assert not second.store.read_only
    type_text(qtbot, second.editor.ui.progressEdit, "第二个窗口写的。")
    second.editor.flush()
    assert _progress(sample_db) == "第二个窗口写的。"
    second.close()


def test_a_window_whose_lock_was_taken_over_turns_read_only_and_keeps_the_text(qtbot, window, sample_db,
                                                                             seed_path):
    proc = _cli("import", seed_path, "--db", sample_db, "--take-over")
    assert proc.returncode == 0, proc.stderr
    _foreign_lock(sample_db)  # the other PC works on
    window.lock_watch.last_beat = 0.0
    window.lock_watch.tick()
    assert window.store.read_only and window.lock is None
    assert "接管" in window.banner.text() and window.banner.isVisibleTo(window)
    assert dblock.read_lock(dblock.lock_path(sample_db)).host == HOST  # its lock is left alone
    window.close()
    assert dblock.lock_path(sample_db).exists()
