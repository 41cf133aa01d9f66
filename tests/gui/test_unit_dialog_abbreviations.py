"""The 本单位 dialog offers the unit people mean by its usual abbreviation first (issue 25)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
sys.path.insert(0, str(Path(__file__).parent))
from qt_helpers import type_text  # noqa: E402
from test_unit_abbreviations import HEADER, QUERIES, TASKS, UNITS  # noqa: E402
from xlsx_builders import list_file  # noqa: E402

from chizhou_desk.gui.small_dialogs import UnitDialog, unit_choices  # noqa: E402
from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402


@pytest.fixture
def city_store(tmp_path):
    path = list_file(tmp_path, header=HEADER, tasks=TASKS, title="2025年宣城市政府重点工作责任清单")
    with Store(tmp_path / "xc.db") as store:
        store.import_table(read_file(path))
        yield store


def test_unit_dialog_offers_the_abbreviated_unit_first(qtbot, city_store):
    names, terms = unit_choices(city_store)
    dialog = UnitDialog(names, None, {}, terms=terms)
    qtbot.addWidget(dialog)
    dialog.show()
    for query, key in QUERIES.items():
        if query.isascii():  # pinyin initials, typed key by key
            dialog.searchEdit.clear()
            qtbot.keyClicks(dialog.searchEdit, query)
        else:
            type_text(qtbot, dialog.searchEdit, query)
        assert dialog.unitCombo.itemData(0) == UNITS[key], query
        assert dialog.unit() == UNITS[key] and not dialog.noMatchLabel.isVisible()
    type_text(qtbot, dialog.searchEdit, "教育局")
    assert dialog.unitCombo.count() == 0 and dialog.noMatchLabel.isVisible()


def test_unit_box_takes_an_abbreviation(qtbot, open_window, tmp_path):
    path = list_file(tmp_path, header=HEADER, tasks=TASKS, title="2025年宣城市政府重点工作责任清单")
    db = tmp_path / "box.db"
    with Store(db) as store:
        store.import_table(read_file(path))
    w = open_window(db)
    edit = w.ui.unitCombo.lineEdit()
    type_text(qtbot, edit, "人社局")
    edit.editingFinished.emit()
    assert w.current_unit() == "市人力资源和社会保障局"
