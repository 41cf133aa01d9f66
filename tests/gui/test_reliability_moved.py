"""Issue 26, the database file: moved or deleted while the window is open. Nothing is written into
the unlinked file or an orphaned -wal, the window stops saying 已自动保存, keeps the text, says what
happened, and puts the file back or saves it elsewhere. Real files, real window."""

import os

from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import answer_modals, click_button, click_row, type_text

from chizhou_desk.gui import dialogs
from chizhou_desk.store import Store

TYPED = "四月末完成项目签约,进展顺利。"


def _progress(db, no="1"):
    with Store(db, read_only=True) as s:
        return s.task_rows("2025-05", [s.task_id(no, "2025-05")])[0].progress


def _moved_box():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "databaseMovedBox" and w.isVisible()), None)


def _type_and_fail(qtbot, window, text):
    editor = window.editor
    type_text(qtbot, editor.ui.progressEdit, text)
    editor.flush()
    qtbot.waitUntil(lambda: _moved_box() is not None, timeout=3000)
    label = window._save_label.text()
    assert "未保存" in label and "已自动保存" not in label and "移动或删除" in label, label
    assert editor.ui.progressEdit.toPlainText() == text
    return _moved_box()


def test_a_renamed_database_is_noticed_and_put_back_with_the_text(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 0)
    type_text(qtbot, editor.ui.planEdit, "先存一次。")
    editor.flush()
    assert "已自动保存" in window._save_label.text()
    tidied = sample_db.parent / "tidied"
    tidied.mkdir()
    moved = tidied / "renamed.db"
    os.rename(sample_db, moved)
    box = _type_and_fail(qtbot, window, TYPED)
    assert str(moved) in box.text()
    # nothing was written: not into the moved file, not into a -wal beside the old name
    assert not sample_db.exists()
    click_button(box, "放回原处")
    qtbot.waitUntil(lambda: not window.guard.pending, timeout=5000)
    assert sample_db.exists() and not moved.exists()
    assert "已自动保存" in window._save_label.text()
    window.close()
    assert _progress(sample_db) == TYPED


def test_a_deleted_database_is_saved_elsewhere_with_everything(qtbot, window, sample_db, tmp_path,
                                                               monkeypatch):
    editor = window.editor
    click_row(qtbot, window, 0)
    type_text(qtbot, editor.ui.planEdit, "删除前保存的内容。")
    editor.flush()
    os.unlink(sample_db)
    box = _type_and_fail(qtbot, window, TYPED)
    target = tmp_path / "saved-again.db"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(target))
    click_button(box, "另存为…")
    qtbot.waitUntil(lambda: not window.guard.pending, timeout=5000)
    assert window.store.path == target
    type_text(qtbot, editor.ui.reasonEdit, "之后的输入。")
    editor.flush()
    window.close()
    with Store(target, read_only=True) as s:
        (row,) = s.task_rows("2025-05", [s.task_id("1", "2025-05")])
    assert (row.next_steps, row.progress, row.reason) == ("删除前保存的内容。", TYPED, "之后的输入。")


def test_closing_after_the_file_was_deleted_asks_and_can_put_it_back(qtbot, window, sample_db):
    editor = window.editor
    click_row(qtbot, window, 0)
    type_text(qtbot, editor.ui.planEdit, "只在打开的文件里。")
    editor.flush()
    os.unlink(sample_db)
    timer = answer_modals([lambda box: click_button(box, "取消关闭")])
    assert not window.close()
    timer = answer_modals([lambda box: click_button(box, "放回原处")])
    assert window.close()
    del timer
    with Store(sample_db, read_only=True) as s:
        (row,) = s.task_rows("2025-05", [s.task_id("1", "2025-05")])
    assert row.next_steps == "只在打开的文件里。"


def test_later_keeps_the_text_and_does_not_ask_at_every_retry(qtbot, window, sample_db):
    click_row(qtbot, window, 0)
    os.unlink(sample_db)
    box = _type_and_fail(qtbot, window, TYPED)
    click_button(box, "稍后")
    window.guard.retry()  # as the retry timer does every 3 s
    assert _moved_box() is None and window.guard.pending
    assert window.editor.ui.progressEdit.toPlainText() == TYPED
    window.moved_later_until = 0.0  # a minute later
    window.guard.retry()
    assert _moved_box() is not None
    _moved_box().reject()
    window.moved_later_until = 1e18
    timer = answer_modals([lambda b: click_button(b, "放回原处")])
    assert window.close()
    del timer
    assert _progress(sample_db) == TYPED
