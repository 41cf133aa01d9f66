"""Issue 15 in the window: the office returns a unit's submission in 报送情况 and writes its 审核意见单;
the liaison imports it (dropped like any file) and sees 办公室意见 on the task; the next export
carries it back. Two databases, real files, read back with python-calamine."""

import shutil

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from python_calamine import CalamineWorkbook
from qt_helpers import choose, click_row, type_text, visible_nos

from chizhou_desk.exports.submission import export_submission
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.office_note import OfficeNote
from chizhou_desk.gui.submissions_dialog import COL_REVIEW, COL_STATE, COL_UNIT, SubmissionsDialog
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

UNIT = "市发展改革委"
REASON = "增速低于目标,请写明未达预期的原因。"


def _select_unit(dialog, unit):
    proxy = dialog.proxy
    row = next(i for i in range(proxy.rowCount()) if proxy.index(i, COL_UNIT).data() == unit)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(proxy.index(row, 0), flags)  # as a click on the row does
    return row


def _close_message_boxes(qtbot):
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def test_returned_in_the_office_shown_in_the_units_window_and_next_export(
        open_window, sample_db, tmp_path, qtbot, monkeypatch):
    unit_db = tmp_path / "unit.db"
    shutil.copy(sample_db, unit_db)  # the liaison's database: the same sample
    first = tmp_path / "报送表.xlsx"
    with Store(unit_db) as s:
        export_submission(s, UNIT, "2025-05", first, filler={"person": "张三", "phone": "0566-2021234"})
    with Store(sample_db) as s:
        s.import_tables([read_file(first)])

    # the office: 报送情况 → select the unit → 退回… → task 1, the reason typed → 退回
    office = open_window(sample_db)
    office.ui.actionSubmissions.trigger()
    dialog = office.findChild(SubmissionsDialog, "submissionsDialog")
    assert not dialog.review.returnButton.isEnabled()  # nothing selected
    row = _select_unit(dialog, UNIT)
    assert dialog.review.returnButton.isEnabled() and not dialog.review.feedbackButton.isEnabled()
    dialog.review.returnButton.click()
    ret = dialog.review.dialog
    assert ret is not None and ret.isVisible()
    choose(qtbot, ret.taskCombo, ret.taskCombo.itemText(1))
    assert ret.task_no() == "1"
    type_text(qtbot, ret.reasonEdit, REASON)
    ret.buttons.button(ret.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.review.dialog is None)
    row = _select_unit(dialog, UNIT)
    assert dialog.proxy.index(row, COL_STATE).data() == "退回"
    assert dialog.proxy.index(row, COL_REVIEW).data() == f"第1项：{REASON}"
    assert dialog.proxy.index(row, COL_REVIEW).data(Qt.ItemDataRole.ToolTipRole) == f"第1项：{REASON}"
    assert dialog.summary.text() == "牵头单位 16 个：已报送 1 个，未报送 15 个(已采纳 0 个，退回 1 个)"
    # its 审核意见单, for the liaison
    feedback = tmp_path / "审核意见.xlsx"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(feedback))
    assert dialog.review.feedbackButton.isEnabled()
    dialog.review.feedbackButton.click()
    assert feedback.exists() and "已导出审核意见单" in dialog.summary.text()
    dialog.close()

    # the liaison imports it into its own window: the comment shows on task 1, not on task 2
    unit = open_window(unit_db)
    from chizhou_desk.gui.import_actions import import_paths

    import_paths(unit, [str(feedback)])
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "办公室" in w.text()
                                for w in QApplication.topLevelWidgets()))
    _close_message_boxes(qtbot)
    nos = visible_nos(unit)
    click_row(qtbot, unit, nos.index("1"))
    note = unit.editor.findChild(OfficeNote, "officeNote")
    assert note is not None and note.isVisible()
    assert note.text().startswith("办公室意见：\n(") and note.text().endswith(f"退回){REASON}")
    click_row(qtbot, unit, nos.index("2"))
    assert note.text().endswith("退回)本项无意见，见其他任务")
    click_row(qtbot, unit, nos.index("3"))  # another unit's task: no note
    assert not note.isVisible()

    # ... and the next export carries it back: the note row above the header
    second = tmp_path / "报送表2.xlsx"
    export_submission(unit.store, UNIT, "2025-05", second)
    rows = CalamineWorkbook.from_path(str(second)).get_sheet_by_name("报送表").to_python()
    assert rows[2][0].startswith("市政府办公室意见（") and f"第1项：{REASON}" in rows[2][0]
    assert rows[3][0] == "序号"
