"""Issue 14 item 7: 编辑 → 工作评价用词… edits the plan's status words; the drop-down follows."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton
from qt_helpers import choose, click_row, type_text

from chizhou_desk.gui.status_words_dialog import COL_WORD


def _dialog(window, qtbot):
    window.ui.actionStatusWords.trigger()
    from chizhou_desk.gui.status_words_dialog import StatusWordsDialog

    found = window.findChildren(StatusWordsDialog)
    assert found, "工作评价用词… opens the dialog"
    qtbot.waitExposed(found[-1])
    return found[-1]


def test_status_words_edited_per_plan(window, qtbot):
    d = _dialog(window, qtbot)
    assert d.words() == ["已完成", "序时推进", "未达预期"]
    assert "滞后" in d.meaning_combo(2).currentText()
    d.add_word()
    d.table.item(3, COL_WORD).setText("推进缓慢")
    assert "滞后" in d.meaning_combo(3).currentText()  # other cities' words understood
    d.table.setCurrentCell(3, COL_WORD)
    d.move_word(-1)
    assert d.words() == ["已完成", "序时推进", "推进缓慢", "未达预期"]
    d.accept()
    assert window.store.statuses(window.period_key) == ["已完成", "序时推进", "推进缓慢", "未达预期"]
    combo = window.findChild(type(window.ui.unitCombo), "statusCombo")
    assert "推进缓慢" in [combo.itemText(i) for i in range(combo.count())]


def test_a_word_in_use_is_not_removed(window, qtbot, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    d = _dialog(window, qtbot)
    d.table.setCurrentCell(2, COL_WORD)
    d.remove_word()
    d.accept()
    assert warned and "未达预期" in warned[0] and d.isVisible()
    assert "未达预期" in window.store.statuses(window.period_key)


def _ok(qtbot, d):
    from PySide6.QtWidgets import QDialogButtonBox

    box = d.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_meaning_and_colour_chosen_in_the_dialog_reach_the_table_and_the_editor(window, qtbot, monkeypatch):
    from chizhou_desk.domain import ON_TRACK, Light, StatusWord
    from chizhou_desk.gui import dialogs
    from chizhou_desk.gui.task_model import COL_STATUS

    asked = []
    monkeypatch.setattr(dialogs, "get_colour", lambda parent, title, current: asked.append(current) or "#123456")
    d = _dialog(window, qtbot)
    qtbot.mouseClick(d.findChild(QPushButton, "addWord"), Qt.MouseButton.LeftButton)
    editor = d.table.viewport().findChild(QLineEdit)  # the new row's word, open for typing
    type_text(qtbot, editor, "缓慢")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.words()[-1] == "缓慢")  # the delegate commits on the next event loop turn
    assert d.words()[-1] == "缓慢" and "滞后" in d.meaning_combo(3).currentText()  # read from the word
    choose(qtbot, d.meaning_combo(3), "正常推进")
    qtbot.mouseClick(d.colour_button(1), Qt.MouseButton.LeftButton)  # 序时推进
    assert asked == ["#1f6fb2"] and d.colour_button(1).text() == "#123456"
    assert d.reset_button(1).isEnabled()
    _ok(qtbot, d)
    assert not d.isVisible()
    words = window.store.status_words(window.period_key)
    assert words.get("缓慢") == StatusWord("缓慢", ON_TRACK, None)
    assert words.get("序时推进").colour == "#123456"
    # the table shows 序时推进 in the chosen colour
    model = window.model
    r = next(i for i, row in enumerate(model.visible_rows()) if row.state == "序时推进")
    assert model.index(r, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#123456"
    # a task set to 缓慢 is on track: no reason asked, a green light
    click_row(qtbot, window, window.proxy.mapFromSource(model.index(r, 0)).row())
    ui = window.editor.ui
    choose(qtbot, ui.statusCombo, "缓慢")
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    qtbot.wait(20)
    assert not ui.reasonEdit.isVisibleTo(window.editor) and not ui.reasonWarning.isVisibleTo(window.editor)
    row = window.editor.row
    assert row.status == "缓慢" and window.model._lights[row.id] is Light.GREEN


def test_colour_reset_and_an_empty_word_refused(window, qtbot, monkeypatch):
    from chizhou_desk.gui import dialogs

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(dialogs, "get_colour", lambda *a: "#abcdef")
    before = window.store.status_words(window.period_key)
    d = _dialog(window, qtbot)
    qtbot.mouseClick(d.colour_button(0), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.reset_button(0), Qt.MouseButton.LeftButton)
    assert d.items()[0].colour is None and d.colour_button(0).text() == "默认颜色"
    qtbot.mouseClick(d.colour_button(0), Qt.MouseButton.LeftButton)
    d.add_word()  # and left blank
    _ok(qtbot, d)
    assert warned and "为空" in warned[0] and d.isVisible()
    assert window.store.status_words(window.period_key) == before  # nothing written, not even the colour


def test_the_task_model_colours_a_word_as_the_plan_says(store):
    from chizhou_desk.domain import StatusWord, StatusWords
    from chizhou_desk.gui.task_model import COL_STATUS, TaskTableModel

    rows = store.task_rows("2025-05")
    model = TaskTableModel()
    r = next(i for i, row in enumerate(rows) if row.state == "未达预期")
    model.set_rows(rows, {})
    assert model.index(r, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"
    words = StatusWords([StatusWord("已完成"), StatusWord("序时推进"), StatusWord("未达预期", None, "#ff00ff")])
    model.set_rows(rows, {}, words)
    assert model.index(r, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#ff00ff"


def test_every_meaning_is_readable_in_english(english, window, qtbot):
    # "From the word: Behind (reason required)" was cut at the column's edge (1366×768)
    window.resize(1366, 768)
    d = _dialog(window, qtbot)
    for r in range(d.table.rowCount()):
        combo = d.meaning_combo(r)
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 40, combo.currentText()
    assert d.width() <= window.screen().availableGeometry().width()


def test_tab_reaches_every_control_and_leaves_the_table(window, qtbot):
    """A keyboard user was held in the table: Tab went from cell to cell and the meaning boxes,
    never to the colour buttons, 添加/删除/上移/下移 or 确定."""
    d = _dialog(window, qtbot)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.table.setFocus()
    reached = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = [w.objectName() for w in reached]
    assert names[0] == "meaningCombo0", names  # the table's row order, not its cells
    assert {"colourButton0", "meaningCombo2", "addWord", "wordDown"} <= set(names), names
    ok = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok in reached
    d.reject()
