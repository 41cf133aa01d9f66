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


def test_english_periods_and_hints_fit_at_1366(qtbot, english, open_window, sample_db):
    w = open_window(sample_db)
    w.resize(1366, 740)
    assert w.ui.periodCombo.currentText() == "Jan–May 2025"
    w.store.create_period("2025-06")
    w.reload()
    w.set_period("2025-06")
    assert w.ui.periodCombo.currentText() == "Jan–Jun 2025"
    assert "Jan–May" in w.editor.ui.editorTabs.tabText(1)
    qtbot.waitUntil(lambda: w.editor.indicator_row.host.width() > 100)
    from chizhou_desk.gui.editor_fit import hint_width

    for edit in w.editor.indicator_row.edits:  # every hint whole at a laptop's width
        qtbot.waitUntil(lambda edit=edit: edit.width() >= hint_width(edit) - 2)
