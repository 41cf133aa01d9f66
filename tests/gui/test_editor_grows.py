"""The editor grows with the window, and choosing a period again keeps the task (issue 25)."""

from qt_helpers import choose, click_row

from chizhou_desk.gui.task_model import COL_PROGRESS, COL_TEXT


def test_a_tall_window_grows_the_progress_box_and_a_wide_one_the_progress_column(qtbot, window):
    editor = window.editor.ui
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.ui.sideSplitter.height() > 500)
    qtbot.wait(50)
    small_box, small_col = editor.progressEdit.height(), window.ui.taskTable.columnWidth(COL_PROGRESS)
    window.resize(1900, 1040)
    qtbot.waitUntil(lambda: window.ui.sideSplitter.height() > 800)
    line = editor.progressEdit.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: editor.progressEdit.height() >= small_box + 3 * line)  # the room goes to the text
    assert editor.planEdit.height() > 40
    assert window.ui.taskTable.columnWidth(COL_PROGRESS) > small_col + 100  # not only the task text grows
    assert window.ui.taskTable.columnWidth(COL_TEXT) > 200
    # the editor's own rows all stay in view: nothing scrolls in its pane
    qtbot.waitUntil(lambda: not window.ui.editorScroll.verticalScrollBar().isVisible())
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: editor.progressEdit.height() <= small_box)


def test_choosing_the_same_period_again_keeps_the_task(qtbot, window):
    click_row(qtbot, window, 7)
    chosen = window.current_row().no
    combo = window.ui.periodCombo
    combo.activated.emit(combo.currentIndex())  # the same period chosen again
    assert window.current_row().no == chosen
    window.store.create_period("2025-06")
    window.reload()
    click_row(qtbot, window, 7)
    chosen = window.current_row().no
    choose(qtbot, combo, "2025年1-5月份")
    combo.activated.emit(combo.currentIndex())
    assert window.period_key == "2025-05" and window.current_row().no == chosen  # the same task in the other period
