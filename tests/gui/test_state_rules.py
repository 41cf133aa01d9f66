"""One state rule, visible where the user acts (issue 25): a status without progress is flagged
in the editor and by Ctrl+Enter; a carried-over status is said to be carried over; progress
without a status is not green."""

from datetime import date

from PySide6.QtCore import Qt
from qt_helpers import choose, click_row, type_text

from chizhou_desk.domain import Light
from chizhou_desk.exports.layout import check_ready
from chizhou_desk.gui.task_model import COL_LIGHT, COL_STATUS
from chizhou_desk.lights import light_for, light_reason
from chizhou_desk.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
KEY, NEW = "2025-05", "2025-06"


def _row_of(window, no):
    return next(i for i, r in enumerate(window.model.visible_rows()) if r.no == no)


def test_a_status_only_task_is_said_by_ctrl_enter_before_moving_on(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, _row_of(window, "12"))
    type_text(qtbot, editor.progressEdit, "")
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Delete)
    choose(qtbot, editor.statusCombo, "已完成")
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    assert editor.stateWarning.isVisibleTo(window.editor)
    assert editor.stateWarning.text() == "已选“已完成”，还需填写进展情况"
    qtbot.keyClick(editor.statusCombo, Qt.Key.Key_Return, CTRL)
    assert window.current_row().no == "12"  # stays: said first
    assert "第12项已选“已完成”，还需填写进展情况" in window.statusBar().currentMessage()
    assert window.focusWidget() is editor.progressEdit
    i = _row_of(window, "12")
    assert window.proxy.index(i, COL_STATUS).data() == "未填"
    assert window.proxy.index(i, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == "工作评价“已完成”，还需填写进展情况"
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Return, CTRL)
    assert window.current_row().no != "12"  # pressed again: moves on
    click_row(qtbot, window, _row_of(window, "12"))
    type_text(qtbot, editor.progressEdit, "已建成。")
    window.flush_edits()
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Return, CTRL)  # a report now: straight on
    assert window.current_row().no != "12" and not editor.stateWarning.isVisibleTo(window.editor)


def test_a_carried_over_status_is_said_to_be_carried_over(qtbot, open_window, sample_db):
    with Store(sample_db) as store:
        store.create_period(NEW)  # statuses carried over, progress not
        problems = {p.no: p.message for p in check_ready(store, "市发改委", NEW)}
        assert problems["1"].endswith("工作评价“未达预期”沿用上期，本期未写进展情况")
        store.save_entry(store.task_id("2", NEW), NEW, {"status": "已完成"})  # chosen this month
        problems = {p.no: p.message for p in check_ready(store, "市发改委", NEW)}
        assert problems["2"].endswith("已选“已完成”，但未写进展情况")
    w = open_window(sample_db)
    w.set_period(NEW)
    click_row(qtbot, w, _row_of(w, "1"))
    warning = w.editor.ui.stateWarning
    assert warning.isVisibleTo(w.editor) and warning.text() == "“未达预期”沿用上期评价，还需填写本期进展情况"
    w.activateWindow()
    w.editor.ui.progressEdit.setFocus()
    qtbot.waitUntil(lambda: w.editor.ui.progressEdit.hasFocus())
    qtbot.keyClick(w.editor.ui.progressEdit, Qt.Key.Key_Return, CTRL)
    assert w.current_row().no == "1"
    assert "第1项的“未达预期”沿用上期，还需填写进展情况" in w.statusBar().currentMessage()
    click_row(qtbot, w, _row_of(w, "2"))
    assert warning.text() == "已选“已完成”，还需填写进展情况"


def test_progress_without_a_status_is_not_green(qtbot, window, sample_db):
    with Store(sample_db) as store:
        row = store.task_rows(KEY, [store.task_id("1", KEY)])[0]
    from dataclasses import replace

    bare = replace(row, status=None, progress="完成投资10亿元。", deadline="", indicator=None)
    assert light_for(bare, KEY, today=date(2025, 6, 20)) is Light.NONE
    assert light_reason(bare, KEY, today=date(2025, 6, 20)) == "已填报进展，还需选择工作评价"
    on_track = replace(bare, status="序时推进")
    assert light_for(on_track, KEY, today=date(2025, 6, 20)) is Light.GREEN
    editor = window.editor.ui
    click_row(qtbot, window, _row_of(window, "30"))
    choose(qtbot, editor.statusCombo, "（未填）")
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    qtbot.waitUntil(lambda: window.current_row().status is None)
    i = _row_of(window, "30")
    assert window.proxy.index(i, COL_STATUS).data() == "未评价"
    assert window.proxy.index(i, COL_LIGHT).data() != "绿灯"
