"""Issue 14 item 9: the 本单位 list holds the list's units and the registry's (not only the units
leading a task), with a search box that filters as Chinese is typed (input method commit)."""

from qt_helpers import type_text

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.gui import actions
from chizhou_desk.store import Store


def _names(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_unit_list_has_cooperating_units_and_searches(qtbot, open_window, db_path):
    with Store(db_path) as s:
        tasks = [Task(no="1", text="推进产业项目建设。", lead_units=["市发展改革委"],
                      coop_units=["市统计局", "市商务局"]),
                 Task(no="2", text="稳定外贸外资。", lead_units=["市商务局"])]
        s.import_table(ImportedTable(source="t", plan=Plan(2025, "2025年市政府重点工作责任清单", city="池州"),
                                     tasks=tasks, period_key="2025-05",
                                     entries={"1": Entry(status="序时推进", progress="进展。")}))
        registry = [u["name"] for u in s.unit_list()]
    window = open_window(db_path)
    dialog = actions.choose_unit(window, first_run=True)
    names = _names(dialog.unitCombo)
    assert names[1:3] == ["市发展改革委", "市商务局"]  # lead units first, in task order
    assert "市统计局" in names  # cooperates on a task, leads none
    assert set(registry) <= set(names)
    type_text(qtbot, dialog.searchEdit, "统计")
    assert _names(dialog.unitCombo) == ["市统计局"]
    assert dialog.unit() == "市统计局"
    type_text(qtbot, dialog.searchEdit, "发改委")  # a short name finds its unit
    assert _names(dialog.unitCombo) == ["市发展改革委"]
    dialog.searchEdit.clear()
    assert _names(dialog.unitCombo)[0].startswith("全部单位")
    dialog.reject()


def test_a_search_that_finds_no_unit_says_so_and_keeps_the_unit(qtbot, window):
    """Typing a name the list does not hold left the 本单位 box empty and 确定 enabled: Enter
    cleared 本单位 (全部单位) without a word, and the first-run question was never asked again."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    window.settings.own_unit = "市财政局"
    dialog = actions.choose_unit(window)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.searchEdit, "市不存在局")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.noMatchLabel.isVisible() and "市不存在局" in dialog.noMatchLabel.text()
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.settings.own_unit == "市财政局"
    type_text(qtbot, dialog.searchEdit, "财政")
    assert ok.isEnabled() and not dialog.noMatchLabel.isVisible()
    dialog.reject()
