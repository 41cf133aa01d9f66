"""Issue 14 item 7: 编辑 → 工作评价用词… edits the plan's status words; the drop-down follows."""

from PySide6.QtWidgets import QMessageBox

from chizhou_desk.gui.status_words_dialog import COL_MEANING, COL_WORD


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
    assert d.table.item(2, COL_MEANING).text().startswith("滞后")
    d.add_word()
    d.table.item(3, COL_WORD).setText("推进缓慢")
    assert d.table.item(3, COL_MEANING).text().startswith("滞后")  # other cities' words understood
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
