"""The window never loses typed text (ARCHITECTURE: Reliability): a save another writer blocks is kept, shown as
未保存, retried; closing asks; one window writes, a second is read-only; a value changed elsewhere
is shown, not overwritten. Real SQLite files; the competing writer is a real second connection."""

import os
import sqlite3
import subprocess
import sys
import time

from PySide6.QtWidgets import QMessageBox
from qt_helpers import answer_modals, click_button, click_row, type_text

from chizhou_desk.gui import dialogs
from chizhou_desk.store import Store

TYPED = "四月末完成项目签约,进展顺利。"


def _block_writes(window, db):
    """Another connection holds the write lock; the window's wait is shortened to 0.1 s."""
    window.store.conn.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(str(db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def _progress(db, no="1"):
    with Store(db, read_only=True) as s:
        return s.task_rows("2025-05", [s.task_id(no, "2025-05")])[0].progress


def test_a_blocked_save_keeps_the_text_says_unsaved_and_retries(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 0)
    type_text(qtbot, editor.ui.planEdit, "先存一次。")
    editor.flush()
    assert "已自动保存" in editor.ui.charCountLabel.text()
    holder = _block_writes(window, sample_db)
    type_text(qtbot, editor.ui.progressEdit, TYPED)
    editor.flush()
    label = editor.ui.charCountLabel.text()
    assert "未保存" in label and "已自动保存" not in label, label
    assert editor.ui.progressEdit.toPlainText() == TYPED
    assert _progress(sample_db) != TYPED
    # another task shown and back: the typed text is still there, not the stored one
    click_row(qtbot, window, 1)
    click_row(qtbot, window, 0)
    assert editor.ui.progressEdit.toPlainText() == TYPED
    holder.rollback()
    holder.close()
    qtbot.waitUntil(lambda: not window.guard.pending, timeout=8000)
    assert _progress(sample_db) == TYPED
    assert "未保存" not in editor.ui.charCountLabel.text()


def test_close_after_a_failed_save_asks_and_never_drops_the_text(qtbot, window, sample_db, tmp_path,
                                                                 monkeypatch):
    editor = window.editor
    click_row(qtbot, window, 0)
    holder = _block_writes(window, sample_db)
    type_text(qtbot, editor.ui.progressEdit, TYPED)
    # 1. cancel: the window stays, the text too
    timer = answer_modals([lambda box: click_button(box, "取消关闭")])
    assert not window.close()
    assert window.isVisible() and editor.ui.progressEdit.toPlainText() == TYPED
    # 2. retry while still blocked asks again; then save the text to a file and close
    saved = tmp_path / "unsaved.txt"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(saved))
    timer = answer_modals([lambda box: click_button(box, "重试保存"),
                           lambda box: click_button(box, "把内容存为文本文件…")])
    assert window.close()
    del timer
    assert TYPED in saved.read_text(encoding="utf-8-sig") and "第1项" in saved.read_text(encoding="utf-8-sig")
    holder.rollback()
    holder.close()


def test_close_retry_saves_once_the_other_writer_is_done(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 0)
    holder = _block_writes(window, sample_db)
    type_text(qtbot, editor.ui.progressEdit, TYPED)

    def release_then_retry(box):
        holder.rollback()
        click_button(box, "重试保存")
    timer = answer_modals([release_then_retry])
    assert window.close()
    del timer
    holder.close()
    assert _progress(sample_db) == TYPED


def test_typing_without_a_pause_is_saved_every_5_seconds(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 2)
    editor.ui.progressEdit.setFocus()
    start = time.monotonic()
    typed = ""
    while time.monotonic() - start < 6.5:  # a key every 100 ms: the 800 ms pause never comes
        type_text(qtbot, editor.ui.progressEdit, "字", replace=False)
        typed += "字"
        qtbot.wait(100)
    stored = _progress(sample_db, window.editor.row.no)
    assert stored.count("字") >= 20, stored  # saved while typing went on


def test_a_second_window_is_read_only_with_a_banner_and_the_cli_refuses(qtbot, window, open_window,
                                                                       sample_db, seed_path):
    assert window.lock is not None and not window.banner.isVisibleTo(window)
    second = open_window(sample_db)
    assert second.store.read_only and second.lock is None
    assert second.banner.isVisibleTo(second) and "只读" in second.banner.text()
    click_row(qtbot, second, 0)
    assert second.editor.ui.progressEdit.isReadOnly()
    assert not second.ui.actionImport.isEnabled()
    second.close()
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "import", str(seed_path), "--db",
                           str(sample_db)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "窗口" in proc.stderr, proc.stderr
    window.close()
    proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "import", str(seed_path), "--db",
                           str(sample_db)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_a_change_made_elsewhere_is_shown_not_overwritten(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 0)
    with Store(sample_db) as other:  # e.g. a window whose lock was taken over
        other.save_entry(other.task_id("1", "2025-05"), "2025-05", {"progress": "别处写的。"})
    type_text(qtbot, editor.ui.progressEdit, TYPED)
    editor.flush()
    box = window.findChild(QMessageBox, "conflictBox")
    assert box is not None and "别处写的。" in box.text() and TYPED in box.text()
    assert _progress(sample_db) == "别处写的。"  # not overwritten
    click_button(box, "保留我的内容")
    qtbot.waitUntil(lambda: _progress(sample_db) == TYPED, timeout=5000)


def test_taking_the_other_value_puts_mine_on_the_clipboard(qtbot, window, sample_db):
    from PySide6.QtWidgets import QApplication

    editor = window.editor
    click_row(qtbot, window, 0)
    with Store(sample_db) as other:
        other.save_entry(other.task_id("1", "2025-05"), "2025-05", {"progress": "别处写的。"})
    type_text(qtbot, editor.ui.progressEdit, TYPED)
    editor.flush()
    box = window.findChild(QMessageBox, "conflictBox")
    click_button(box, "采用别处的内容(我的内容复制到剪贴板)")
    assert QApplication.clipboard().text() == TYPED
    assert editor.ui.progressEdit.toPlainText() == "别处写的。" and not window.guard.pending
    assert _progress(sample_db) == "别处写的。"


def test_a_read_only_file_opens_read_only(qtbot, open_window, sample_db):
    os.chmod(sample_db, 0o444)
    try:
        w = open_window(sample_db)
        assert w.store.read_only and w.banner.isVisibleTo(w) and w.lock is None
        click_row(qtbot, w, 0)
        assert w.editor.ui.progressEdit.isReadOnly()
        w.close()
    finally:
        os.chmod(sample_db, 0o644)


def test_task_text_is_shown_as_plain_text(qtbot, open_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from chizhou_desk.domain import Entry, ImportedTable, Plan, Task

    db = tmp_path / "html.db"
    with Store(db) as s:
        s.import_table(ImportedTable(source="x", plan=Plan(year=2025),
                                     tasks=[Task(no="1", text="<b>粗体</b><img src=x>", lead_units=["市发改委"])],
                                     period_key="2025-05", entries={"1": Entry(progress="<i>斜体</i>")}))
    w = open_window(db)
    click_row(qtbot, w, 0)
    assert w.editor.ui.taskTextLabel.text() == "<b>粗体</b><img src=x>"
    labels = w.editor.findChildren(QLabel) + [w.banner]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    w.close()


def test_reopening_the_open_database_keeps_this_window_the_writer(qtbot, window, sample_db):
    from chizhou_desk.gui import db_open

    assert db_open.switch_store(window, str(sample_db))
    assert window.lock is not None and not window.store.read_only and not window.banner.isVisibleTo(window)
