"""The liaison sees the office's verdict (issue 24): after importing a 审核意见单 a banner over the
table (退回：N 条意见 / 已采纳), a mark on the tasks the comments concern, the filter 有办公室意见; an
acceptance is information (blue), not a warning (red)."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from qt_helpers import choose, click_row, visible_nos

from chizhou_desk.exports.feedback import export_feedback
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.gui import task_model as TM
from chizhou_desk.gui.import_actions import import_paths
from chizhou_desk.gui.office_note import OfficeNote
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

UNIT = "市发展改革委"
REASON = "增速低于目标，请写明未达预期的原因。"


def _import_feedback(qtbot, unit, path):
    import_paths(unit, [str(path)])
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "办公室" in w.text()
                                for w in QApplication.topLevelWidgets()))
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def test_banner_mark_and_filter_after_a_return_then_an_acceptance(open_window, sample_db, tmp_path, qtbot):
    unit_db = tmp_path / "unit.db"
    shutil.copy(sample_db, unit_db)
    sent = tmp_path / "报送表.xlsx"
    with Store(unit_db) as s:
        export_submission(s, UNIT, "2025-05", sent)
    with Store(sample_db) as office:
        office.import_tables([read_file(sent)])
        office.review(UNIT, "2025-05", "returned", REASON, task_no="1")
        returned = export_feedback(office, UNIT, "2025-05", tmp_path / "退回.xlsx")

    unit = open_window(unit_db)
    unit.settings.own_unit = UNIT
    banner = unit.findChild(QLabel, "verdictBanner")
    assert banner is not None and not banner.isVisible()  # nothing from the office yet
    _import_feedback(qtbot, unit, returned)
    assert banner.isVisible() and banner.text().startswith(f"市政府办公室退回了{UNIT}1-5月份的报送表：1 条意见(")
    assert "#fff4d6" in banner.styleSheet()  # a return asks for work: amber
    nos = visible_nos(unit)
    model = unit.model
    marked = [model.index(i, TM.COL_NO).data() for i in range(model.rowCount())
              if model.index(i, TM.COL_NO).data(Qt.ItemDataRole.DecorationRole) is not None]
    assert marked == ["1"]
    assert model.index(nos.index("1"), TM.COL_NO).data(Qt.ItemDataRole.ToolTipRole) == "有办公室意见"
    choose(qtbot, unit.ui.statusFilter, "有办公室意见")
    assert visible_nos(unit) == ["1"]
    click_row(qtbot, unit, 0)
    note = unit.editor.findChild(OfficeNote, "officeNote")
    assert note.isVisible() and note.property("returned") is True
    choose(qtbot, unit.ui.statusFilter, "全部评价")
    assert len(visible_nos(unit)) == len(nos)

    # the unit sends again; the office accepts: information, no marks, no filter
    again = tmp_path / "报送表2.xlsx"
    export_submission(unit.store, UNIT, "2025-05", again)
    with Store(sample_db) as office:
        office.import_tables([read_file(again)])
        office.review(UNIT, "2025-05", "accepted")
        accepted = export_feedback(office, UNIT, "2025-05", tmp_path / "采纳.xlsx")
    _import_feedback(qtbot, unit, accepted)
    assert banner.isVisible() and banner.text().startswith(f"市政府办公室已采纳{UNIT}1-5月份的报送表(")
    assert "#e8f1fb" in banner.styleSheet()
    assert all(model.index(i, TM.COL_NO).data(Qt.ItemDataRole.DecorationRole) is None
               for i in range(model.rowCount()))
    filters = [unit.ui.statusFilter.itemText(i) for i in range(unit.ui.statusFilter.count())]
    assert "有办公室意见" not in filters
    click_row(qtbot, unit, visible_nos(unit).index("1"))
    assert note.isVisible() and note.property("returned") is False and "已采纳" in note.text()


def test_the_office_database_shows_no_banner(open_window, sample_db, tmp_path, qtbot):
    sent = tmp_path / "报送表.xlsx"
    with Store(sample_db) as s:
        export_submission(s, UNIT, "2025-05", sent)
        s.import_tables([read_file(sent)])
        s.review(UNIT, "2025-05", "accepted")
    office = open_window(sample_db)
    assert not office.findChild(QLabel, "verdictBanner").isVisible()
    click_row(qtbot, office, visible_nos(office).index("1"))
    note = office.editor.findChild(OfficeNote, "officeNote")
    assert note.isVisible() and note.property("returned") is False  # (已采纳): information, not a warning


def test_the_feedback_file_is_proposed_beside_the_units_file(open_window, sample_db, tmp_path, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from chizhou_desk.gui import dialogs
    from chizhou_desk.gui.submissions_dialog import COL_UNIT, SubmissionsDialog

    month = tmp_path / "6月报送"
    month.mkdir()
    sent = month / "报送表.xlsx"
    with Store(sample_db) as s:
        export_submission(s, UNIT, "2025-05", sent)
        s.import_tables([read_file(sent)])
        s.review(UNIT, "2025-05", "returned", REASON)
    office = open_window(sample_db)
    office.ui.actionSubmissions.trigger()
    dialog = office.findChild(SubmissionsDialog, "submissionsDialog")
    proxy = dialog.proxy
    row = next(i for i in range(proxy.rowCount()) if proxy.index(i, COL_UNIT).data() == UNIT)
    dialog.table.selectionModel().select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    asked = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, title, default, flt: asked.append(default) or "")
    dialog.review.feedbackButton.click()
    assert len(asked) == 1 and str(asked[0]).startswith(str(month))
    dialog.close()
