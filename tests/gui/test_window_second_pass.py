"""Issue 14, the liaison's window second pass: keyboard, fit, one undo, honest states, the list's words."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from qt_helpers import choose, click_row, type_text

from chizhou_desk.domain import Light
from chizhou_desk.gui.task_model import COL_LIGHT, COL_STATUS
from chizhou_desk.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored(db, no, field="progress", key="2025-05"):
    with Store(db) as s:
        return getattr(s.task_rows(key, [s.task_id(no, key)])[0], field)


def _row_of(window, no):
    return next(i for i, r in enumerate(window.model.visible_rows()) if r.no == no)


# 1. keyboard -------------------------------------------------------------------------

def test_keyboard_enter_f6_tab_and_alt_letters(qtbot, window):
    ui, editor = window.ui, window.editor.ui
    click_row(qtbot, window, 2)
    ui.taskTable.setFocus()
    qtbot.keyClick(ui.taskTable, Qt.Key.Key_Return)
    assert editor.progressEdit.hasFocus()
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_F6)
    assert ui.taskTable.hasFocus()
    qtbot.keyClick(ui.taskTable, Qt.Key.Key_F6)
    assert window.editor.isAncestorOf(QApplication.focusWidget())
    ui.taskTable.setFocus()
    current = ui.taskTable.currentIndex()
    qtbot.keyClick(ui.taskTable, Qt.Key.Key_Tab)
    assert not ui.taskTable.hasFocus() and ui.taskTable.currentIndex() == current  # Tab leaves the table
    # … into the editor, not onto the frameless scroll area around it (a stop nothing showed)
    assert window.editor.isAncestorOf(QApplication.focusWidget()), QApplication.focusWidget().objectName()
    for label in (editor.statusLabel, editor.progressLabel, editor.planLabel, editor.reasonLabel,
                  editor.indicatorLabel, editor.commentLabel):
        assert "&" in label.text(), label.objectName()
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # 进展情况(&J)
    assert editor.progressEdit.hasFocus()


def test_ctrl_enter_saves_and_moves_to_the_next_unfilled_task(qtbot, window, sample_db):
    editor = window.editor.ui
    click_row(qtbot, window, 0)
    type_text(qtbot, editor.progressEdit, "1-5月,增长6.5%。")
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Return, CTRL)
    assert _stored(sample_db, "1") == "1-5月,增长6.5%。"
    assert window.current_row().no == "49"  # the sample's one unfilled task
    assert editor.progressEdit.hasFocus() and editor.progressEdit.toPlainText() == ""


# 2. the window fits the screen it opens on ---------------------------------------------

def test_the_window_fits_a_1366x768_screen_and_remembers_its_size(qtbot, open_window, sample_db,
                                                                monkeypatch):
    available = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(available))
    w = open_window(sample_db)
    assert available.contains(w.frameGeometry()), w.frameGeometry()
    bar = w.statusBar()
    assert available.contains(QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size()))
    w.resize(760, 560)  # Qt's own restore still sees the offscreen screen (800×600)
    w.close()
    again = open_window(sample_db)
    assert (again.width(), again.height()) == (760, 560)
    again.close()


# 3. the editor's important parts above the fold -------------------------------------

def test_reason_and_its_warning_visible_without_scrolling_when_behind(qtbot, window):
    window.resize(1366, 740)
    editor = window.editor.ui
    click_row(qtbot, window, _row_of(window, "8"))  # 序时推进: no reason asked
    assert not editor.reasonEdit.isVisibleTo(window.editor)
    assert editor.progressEdit.height() < 120  # one line of progress is not 190 px
    choose(qtbot, editor.statusCombo, "未达预期")
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    qtbot.wait(50)
    scroll = window.ui.editorScroll
    assert scroll.verticalScrollBar().value() == 0
    for w in (editor.reasonEdit, editor.reasonWarning, editor.copyPrevButton):
        assert w.isVisible(), w.objectName()
        top_left = w.mapTo(scroll.viewport(), w.rect().topLeft())
        assert scroll.viewport().rect().contains(QRect(top_left, w.size())), w.objectName()
    assert "已自动保存" in window.ui.statusbar.findChild(type(window._status_label), "saveStateLabel").text() \
        or window.undo.count() == 1


# 4. one state, one word --------------------------------------------------------------

def test_a_status_without_progress_is_flagged_and_not_reported(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, _row_of(window, "12"))
    editor.progressEdit.setFocus()
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Delete)
    choose(qtbot, editor.statusCombo, "已完成")
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    assert editor.stateWarning.isVisibleTo(window.editor)
    assert editor.stateWarning.text() == "已选“已完成”，还需填写进展情况"
    editor.planEdit.setFocus()
    qtbot.waitUntil(lambda: window.model.visible_rows()[_row_of(window, "12")].status == "已完成")
    i = _row_of(window, "12")
    assert window.proxy.index(i, COL_STATUS).data() == "未填"
    assert window.model._lights[window.model.visible_rows()[i].id] is not Light.GREEN
    assert window.proxy.index(i, COL_LIGHT).data() != "绿灯"


def test_progress_without_status_reads_as_the_exports_do(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, _row_of(window, "3"))
    choose(qtbot, editor.statusCombo, "（未填）")
    editor.statusCombo.activated.emit(editor.statusCombo.currentIndex())
    qtbot.waitUntil(lambda: window.model.visible_rows()[_row_of(window, "3")].status is None)
    assert window.proxy.index(_row_of(window, "3"), COL_STATUS).data() == "未评价"


# 5. one undo system ------------------------------------------------------------------

def test_ctrl_z_inside_a_text_box_undoes_the_saved_edit(qtbot, window, sample_db):
    editor = window.editor.ui
    click_row(qtbot, window, 0)
    old = editor.progressEdit.toPlainText()
    type_text(qtbot, editor.progressEdit, "新的进展。")
    qtbot.waitUntil(lambda: window.undo.count() == 1, timeout=3000)
    assert _stored(sample_db, "1") == "新的进展。"
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Z, CTRL)
    assert _stored(sample_db, "1") == old
    assert window.undo.index() == 0 and window.undo.canRedo()
    assert editor.progressEdit.toPlainText() == old
    qtbot.wait(1000)  # nothing autosaves the undo as a new edit
    assert window.undo.count() == 1 and window.undo.canRedo()
    qtbot.keyClick(editor.progressEdit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _stored(sample_db, "1") == "新的进展。"


def test_saves_of_one_field_merge_into_one_undo_step(qtbot, window, sample_db):
    editor = window.editor.ui
    click_row(qtbot, window, 0)
    old = editor.progressEdit.toPlainText()
    type_text(qtbot, editor.progressEdit, "第一句。")
    qtbot.waitUntil(lambda: window.undo.count() == 1, timeout=3000)
    type_text(qtbot, editor.progressEdit, "第二句。", replace=False)
    qtbot.waitUntil(lambda: _stored(sample_db, "1") == "第一句。第二句。", timeout=3000)
    assert window.undo.count() == 1
    window.undo.undo()
    assert _stored(sample_db, "1") == old


# 7. the list's own status words ----------------------------------------------------------

def test_the_sample_offers_its_three_status_words(qtbot, window):
    editor = window.editor.ui
    click_row(qtbot, window, 0)
    words = [editor.statusCombo.itemText(i) for i in range(1, editor.statusCombo.count())]
    assert words == ["已完成", "序时推进", "未达预期"]
    filters = [window.ui.statusFilter.itemText(i) for i in range(window.ui.statusFilter.count())]
    assert "滞后" not in filters and "未启动" not in filters


# 9. help and smaller things --------------------------------------------------------

def test_help_guide_lists_the_keys_and_where_the_data_is(qtbot, window, sample_db):
    from PySide6.QtWidgets import QDialog, QTextBrowser

    window.ui.actionGuide.trigger()
    dialog = window.findChild(QDialog, "helpDialog")
    text = dialog.findChild(QTextBrowser, "helpText").toPlainText()
    assert "Ctrl+Enter" in text and "F6" in text and str(sample_db) in text and "backups" in text
    dialog.close()


def test_a_closed_periods_name_is_not_clipped_and_its_boxes_look_read_only(qtbot, window):
    from PySide6.QtGui import QPalette

    window.store.set_period("2025-05", closed=True)
    window.reload()
    combo = window.ui.periodCombo
    assert combo.currentText().endswith("(已关闭)")
    qtbot.waitUntil(lambda: combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20)
    box = window.editor.ui.progressEdit
    assert box.isReadOnly()
    assert box.palette().color(QPalette.ColorRole.Base) == box.palette().color(QPalette.ColorRole.Window)


def test_a_new_periods_due_date_does_not_turn_every_task_yellow(qtbot, window):
    from datetime import date

    from chizhou_desk.gui.small_dialogs import NewPeriodDialog
    from chizhou_desk.lights import NEAR_DAYS

    dialog = NewPeriodDialog([("2025-06", "1-6月份")], "2025-06", window)
    qtbot.addWidget(dialog)
    due = date.fromisoformat(dialog.due_date())
    assert (due - date.today()).days > NEAR_DAYS


# 8. Qt's own dialogs in Chinese ---------------------------------------------------------

def test_the_file_dialog_speaks_chinese_in_the_chinese_ui(qtbot, qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from chizhou_desk.gui.app import install_translator

    translators = install_translator(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "导入", "/")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts, texts
    finally:
        for t in translators:
            qapp.removeTranslator(t)
