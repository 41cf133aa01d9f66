"""The window driven through its real widgets, found by objectName (ARCHITECTURE: Contracts others rely on)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from qt_helpers import choose, click_row, type_text, visible_nos

from chizhou_desk.store import Store

NEW_PROGRESS = "1-5月,地区生产总值增长6.5%,与目标持平。"


def test_object_names_of_the_contract(window):
    for name, cls in (("unitCombo", QComboBox), ("periodCombo", QComboBox), ("searchEdit", QLineEdit),
                      ("statusFilter", QComboBox), ("taskTable", QTableView), ("statusCombo", QComboBox),
                      ("progressEdit", QPlainTextEdit), ("planEdit", QPlainTextEdit),
                      ("reasonEdit", QPlainTextEdit), ("chartPane", QWidget)):
        assert window.findChild(cls, name) is not None, name
    assert window.ui.periodCombo.currentText() == "2025年1-5月份"


def test_edit_switch_close_reopen(qtbot, window, open_window, sample_db, seed_path):
    ui = window.ui
    type_text(qtbot, ui.unitCombo.lineEdit(), "市发改委")
    qtbot.keyClick(ui.unitCombo.lineEdit(), Qt.Key.Key_Return)
    assert ui.unitCombo.currentData() == "市发展改革委"
    # the seed names 市发展改革委 as lead of 15 rows (task 49 included)
    assert seed_path.read_text(encoding="utf-8").count("\n市发展改革委 |") == window.model.rowCount() == 15

    choose(qtbot, ui.statusFilter, "未达预期")
    assert visible_nos(window) == ["1", "2"]

    click_row(qtbot, window, 0)
    editor = window.editor.ui
    assert editor.taskTitleLabel.text().startswith("第1项")
    type_text(qtbot, editor.progressEdit, NEW_PROGRESS)
    assert editor.statusCombo.currentText() == "未达预期"
    editor.statusCombo.setFocus()  # leaving the text field saves it
    qtbot.keyClick(editor.statusCombo, Qt.Key.Key_Up)
    assert editor.statusCombo.currentText() == "序时推进"
    click_row(qtbot, window, 1)
    assert editor.taskTitleLabel.text().startswith("第2项")
    window.close()

    again = open_window(sample_db)
    row = next(r for r in again.model.all_rows() if r.no == "1")
    assert (row.progress, row.status) == (NEW_PROGRESS, "序时推进")
    again.close()
    with Store(sample_db) as s:
        log = s.entry_log(s.task_id("1", "2025-05"), "2025-05")
    changes = {(e["field"], e["old"], e["new"]) for e in log}
    assert ("progress", "一季度,增长6.4%,增速居全省第6位。", NEW_PROGRESS) in changes
    assert ("status", "未达预期", "序时推进") in changes


def test_ctrl_z_restores_and_ctrl_shift_z_redoes(qtbot, window, sample_db):
    ui, editor = window.ui, window.editor.ui
    click_row(qtbot, window, 0)
    old = editor.progressEdit.toPlainText()
    type_text(qtbot, editor.progressEdit, NEW_PROGRESS)
    editor.planEdit.setFocus()
    qtbot.waitUntil(lambda: window.undo.count() == 1)
    with Store(sample_db) as s:
        assert s.task_rows("2025-05", [s.task_id("1", "2025-05")])[0].progress == NEW_PROGRESS
    qtbot.keyClick(ui.taskTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.progressEdit.toPlainText() == old
    with Store(sample_db) as s:
        assert s.task_rows("2025-05", [s.task_id("1", "2025-05")])[0].progress == old
    qtbot.keyClick(ui.taskTable, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.progressEdit.toPlainText() == NEW_PROGRESS
    assert window.model.visible_rows()[0].progress == NEW_PROGRESS


def test_typing_pause_saves_without_leaving_the_field(qtbot, window, sample_db):
    editor = window.editor.ui
    click_row(qtbot, window, 2)
    type_text(qtbot, editor.planEdit, "下一步:逐企调度。")
    assert window.undo.count() == 0
    qtbot.waitUntil(lambda: window.undo.count() == 1, timeout=3000)
    with Store(sample_db) as s:
        assert s.task_rows("2025-05", [s.task_id("3", "2025-05")])[0].next_steps == "下一步:逐企调度。"


def test_search_and_unfilled_toggle(qtbot, window):
    ui = window.ui
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ui.searchEdit.hasFocus()
    type_text(qtbot, ui.searchEdit, "镁基")
    assert visible_nos(window) == ["12", "42"]
    ui.searchEdit.clear()
    assert window.model.rowCount() == 49
    qtbot.mouseClick(ui.unfilledToggle, Qt.MouseButton.LeftButton)
    assert visible_nos(window) == ["49"]
    assert "未填 1" in window._status_label.text()


def test_reason_warning_and_bad_indicator(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, 0)  # 未达预期 without a reason in the seed
    assert editor.reasonWarning.isVisibleTo(window.editor)
    type_text(qtbot, editor.reasonEdit, "一季度外需回落。")
    assert not editor.reasonWarning.isVisibleTo(window.editor)
    type_text(qtbot, editor.indicatorEdit, "abc")
    editor.progressEdit.setFocus()
    assert window.editor.row.indicator is None
    assert "border" in editor.indicatorEdit.styleSheet()
    assert "abc" in window.statusBar().currentMessage()  # said, not silently dropped


def test_history_dialog_lists_the_change(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, 4)
    assert "已自动保存" not in editor.charCountLabel.text()
    type_text(qtbot, editor.progressEdit, "新的进展。")
    editor.planEdit.setFocus()
    assert "已自动保存" in editor.charCountLabel.text()
    qtbot.mouseClick(editor.historyButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "historyDialog")
    table = dialog.table
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert "新的进展。" in texts and "进展情况" in texts
    # the imported values name the file they came from; old and new texts get the width
    authors = {table.item(r, 4).text() for r in range(table.rowCount())}
    assert "导入:chizhou_2025_1-5.txt" in authors
    dialog.show()
    assert table.columnWidth(2) > table.columnWidth(4) and table.columnWidth(3) > table.columnWidth(1)
    dialog.close()


def test_closed_period_is_read_only(qtbot, window, sample_db):
    window.ui.actionClosePeriod.trigger()
    box = window.findChild(QMessageBox, "closePeriodBox")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.store.period("2025-05").closed
    click_row(qtbot, window, 0)
    assert window.editor.ui.progressEdit.isReadOnly()
    assert not window.editor.ui.statusCombo.isEnabled()
    assert "只读" in window._status_label.text()


def test_next_period_and_copy_previous_is_one_undo_step(qtbot, window):
    window.ui.actionNewPeriod.trigger()
    dialog = window.findChild(QDialog, "newPeriodDialog")
    assert dialog.carryStatus.isChecked() and not dialog.copyTexts.isChecked()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.period_key == "2025-06"
    assert window.ui.periodCombo.currentText() == "2025年1-6月份"
    click_row(qtbot, window, 0)
    editor = window.editor.ui
    assert editor.progressEdit.toPlainText() == ""
    assert editor.statusCombo.currentText() == "未达预期"  # carried forward
    assert "增长6.4%" in editor.prevView.toPlainText()
    qtbot.mouseClick(editor.copyPrevButton, Qt.MouseButton.LeftButton)
    assert editor.progressEdit.toPlainText() == "一季度,增长6.4%,增速居全省第6位。"
    assert "background" not in editor.prevView.toHtml().split("<hr")[0].split("<body")[-1]  # now equal
    assert window.undo.count() == 1
    window.undo.undo()
    assert editor.progressEdit.toPlainText() == ""
    row = window.store.task_rows("2025-06", [window.editor.row.id])[0]
    assert row.progress == "" and row.next_steps == ""


def test_undo_after_switching_period_goes_back_to_that_period(qtbot, window, sample_db):
    editor = window.editor.ui
    click_row(qtbot, window, 0)
    old = editor.progressEdit.toPlainText()
    type_text(qtbot, editor.progressEdit, NEW_PROGRESS)
    editor.planEdit.setFocus()
    window.store.create_period("2025-06", copy_texts=True)
    window.reload()
    window.set_period("2025-06")
    assert window.period_key == "2025-06"
    window.undo.undo()
    assert window.period_key == "2025-05"  # the window shows where the undo happened
    assert window.editor.row.no == "1" and editor.progressEdit.toPlainText() == old
    with Store(sample_db) as s:
        tid = s.task_id("1", "2025-05")
        assert s.task_rows("2025-05", [tid])[0].progress == old
        assert s.task_rows("2025-06", [tid])[0].progress == NEW_PROGRESS  # copied before the undo


def test_the_window_create_main_window_returns_already_has_its_chart_pane(qtbot, sample_db, settings_dir):
    from chizhou_desk.gui import create_main_window

    w = create_main_window(sample_db, settings_dir)  # not shown yet
    qtbot.addWidget(w)
    assert w.findChild(QWidget, "chartPane") is not None


def test_the_window_fits_a_1366x768_laptop_screen(qtbot, window):
    # taskbar and title bar take ~70 px: the editor scrolls rather than push the window taller
    assert window.editor is not None
    assert window.findChild(QWidget, "progressEdit") is not None
    assert window.minimumSizeHint().height() <= 690
    assert window.minimumSizeHint().width() <= 1366



def test_the_light_cell_says_why(window):
    from chizhou_desk.gui.task_model import COL_LIGHT

    model = window.model
    tips = {model.index(i, 0).data(): model.index(i, COL_LIGHT).data(Qt.ItemDataRole.ToolTipRole)
            for i in range(model.rowCount())}
    assert tips["1"] == "工作评价为“未达预期”"
    assert tips["25"] == "进展中的数字 6 低于序时目标 6.5"


def test_the_task_table_has_the_focus_at_start(qtbot, window):
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    assert window.focusWidget() is window.ui.taskTable


def test_a_numeric_target_set_in_the_editor_drives_the_light_and_undoes(qtbot, window):
    from chizhou_desk.gui.task_model import COL_LIGHT

    def light_of(no):
        model = window.model
        i = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == no)
        return model.index(i, COL_LIGHT).data()

    row = next(i for i in range(window.proxy.rowCount()) if window.proxy.index(i, 0).data() == "25")
    click_row(qtbot, window, row)
    editor = window.editor.ui
    assert "6.5" in editor.targetEdit.placeholderText()  # read from the task text
    assert light_of("25") == "黄灯"  # 6% against 6.5%
    type_text(qtbot, editor.targetEdit, "6")
    editor.progressEdit.setFocus()
    tid = window.store.task_id("25", "2025-05")
    assert window.store.task_rows("2025-05", [tid])[0].indicator_target == 6.0
    assert light_of("25") == "绿灯"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.task_rows("2025-05", [tid])[0].indicator_target is None
    assert light_of("25") == "黄灯" and editor.targetEdit.text() == ""


def test_a_long_number_survives_leaving_the_task(qtbot, window):
    click_row(qtbot, window, 0)
    editor = window.editor.ui
    type_text(qtbot, editor.targetEdit, "1234567")
    editor.progressEdit.setFocus()
    tid = window.editor.row.id
    pushed = window.undo.count()
    click_row(qtbot, window, 1)
    click_row(qtbot, window, 0)
    assert editor.targetEdit.text() == "1234567"
    click_row(qtbot, window, 1)
    assert window.store.task_rows("2025-05", [tid])[0].indicator_target == 1234567.0
    assert window.undo.count() == pushed  # no edit the user did not make


def test_closing_with_a_chart_redraw_pending_touches_no_closed_store(qtbot, window):
    window.attach_chart_pane()
    pane = window.chart_pane
    pane.set_chart("indicator")
    click_row(qtbot, window, 0)
    type_text(qtbot, window.editor.ui.progressEdit, "关闭前的最后一次修改。")
    window.close()  # flushes the edit, which asks the chart for a redraw
    qtbot.wait(600)  # past the redraw delay: an exception in the timer would fail this test
    assert not pane._refresh_timer.isActive()


def test_esc_in_the_search_box_clears_it_and_returns_to_the_table(qtbot, window):
    """Ctrl+F took a keyboard user into the search box, but only the mouse (its clear button)
    brought the whole list back."""
    ui = window.ui
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, ui.searchEdit, "镁基")
    assert visible_nos(window) == ["12", "42"]
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Escape)
    assert ui.searchEdit.text() == "" and window.model.rowCount() == 49
    assert ui.taskTable.hasFocus()
