"""The dialogs at 1366×768, in Chinese and in English: no heading or label cut off."""

import pytest
from PySide6.QtWidgets import QDialog


@pytest.fixture(params=["zh_CN", "en"])
def lang(request):
    if request.param == "en":
        request.getfixturevalue("english")
    return request.param


def test_units_dialog_shows_every_heading_whole(qtbot, lang, window):
    window.ui.actionUnits.trigger()
    dialog = window.findChild(QDialog, "unitsDialog")
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        text = table.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) >= header.fontMetrics().horizontalAdvance(text) + 4, text
    assert header.length() <= table.viewport().width()  # no column behind the table's edge
    assert (dialog.width(), dialog.height()) <= (1366, 768)
    dialog.reject()
