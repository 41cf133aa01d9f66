"""报送情况 in the window (model, proxy, dialog) and 文件 → 导出报告(Word)."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import office
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.submissions_dialog import (
    COL_LATE,
    COL_REPORTED,
    COL_STATE,
    COL_UNIT,
    SubmissionsDialog,
    SubmissionsModel,
    SubmissionsProxy,
)
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store


def _merge(db_path, tmp_path, units):
    """The liaisons of `units` export their files; the office merges them."""
    with Store(db_path) as s:
        files = []
        for u in units:
            path = tmp_path / f"{u}.xlsx"
            export_submission(s, u, "2025-05", path, filler={"person": "王五", "phone": "13800000000"})
            files.append(path)
        s.import_tables([read_file(p) for p in files])


def test_model_sorts_without_a_view(store, tmp_path):
    status = office.submission_status(store, "2025-05", read_files=False, today=date(2025, 6, 5))
    status[0].submitted, status[0].days_late = True, 0
    status[1].days_late = 9
    model = SubmissionsModel(status)
    proxy = SubmissionsProxy()
    proxy.setSourceModel(model)
    assert model.rowCount() == 16 and model.columnCount() == len(office.COLUMNS)
    assert model.headerData(COL_REPORTED, Qt.Orientation.Horizontal) == "已填报/任务数"
    proxy.sort(COL_LATE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, COL_UNIT).data() == status[1].unit and proxy.index(0, COL_LATE).data() == "9"
    proxy.sort(COL_STATE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, COL_STATE).data() == "已报送" and proxy.index(1, COL_STATE).data() == "未报送"
    # numbers sort as numbers: 14/15 reported sorts above 1/1 … by share, then size
    proxy.sort(COL_REPORTED, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COL_REPORTED).data() == "14/15"


def test_dialog_from_the_menu(window, sample_db, tmp_path, qtbot, monkeypatch):
    _merge(sample_db, tmp_path, ["市财政局", "市商务局"])
    window.reload()
    window.ui.actionSubmissions.trigger()
    dialog = window.findChild(SubmissionsDialog, "submissionsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == "牵头单位 16 个：已报送 2 个，未报送 14 个"
    table = dialog.findChild(type(dialog.table), "submissionsTable")
    assert table.model().rowCount() == 16
    # sorted by the state column, as a click on its header does: the two submitted units first
    table.sortByColumn(COL_STATE, Qt.SortOrder.DescendingOrder)
    assert {table.model().index(i, COL_UNIT).data() for i in range(2)} == {"市财政局", "市商务局"}
    assert table.model().index(2, COL_STATE).data() == "未报送"
    # the 催报 list on the clipboard: the 14 missing units
    dialog.copyButton.click()
    text = QApplication.clipboard().text()
    assert text.startswith("1-5月份重点工作进展尚未报送的单位(14个)：") and "市财政局" not in text
    assert "1. 市发展改革委(已填报 14/15 项)" in text
    # printing: the table as it is sorted goes to the preview
    printed = []
    monkeypatch.setattr("chizhou_desk.gui.printing.print_preview",
                        lambda parent, html, landscape=True, title="": printed.append((html, landscape, title)) or 0)
    dialog.printButton.click()
    assert printed and printed[0][1] and "2025年1-5月份重点工作报送情况" in printed[0][0]
    assert printed[0][2] == "2025年1-5月份重点工作报送情况"  # the preview's title names it
    assert printed[0][0].count("<tr") == 17
    # export: read back by calamine
    out = tmp_path / "报送情况.xlsx"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(out))
    dialog.exportButton.click()
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert len(rows) == 18 and {r[1] for r in rows[2:] if r[2] == "已报送"} == {"市财政局", "市商务局"}
    assert {r[9] for r in rows[2:] if r[2] == "已报送"} == {"王五"}
    dialog.close()


def test_export_report_word_from_the_menu(window, tmp_path, monkeypatch):
    from docx import Document
    from PySide6.QtCore import QDate

    from chizhou_desk.gui.report_dialog import ReportDialog

    out = tmp_path / "报告.docx"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(out))
    assert window.ui.actionExportReport.text() == "导出报告(Word)…"
    window.ui.actionExportReport.trigger()
    dialog = window.findChild(ReportDialog, "reportDialog")  # names, sign-off and date: asked once
    assert dialog.office.placeholderText() == "池州市人民政府办公室" and dialog.office.text() == ""
    dialog.names.setCurrentIndex(1)
    dialog.office.setText("池州市人民政府办公室秘书科")
    dialog.when.setDate(QDate(2025, 6, 26))
    dialog.accept()
    assert out.exists()
    doc = Document(str(out))
    text = [p.text for p in doc.paragraphs]
    assert "市发改委牵头的第1项" in "\n".join(text) and len(doc.tables[0].rows) == 50
    sign = text.index("池州市人民政府办公室秘书科")
    assert text[sign + 1] == "2025年6月26日" and doc.paragraphs[sign].paragraph_format.keep_with_next
    assert window.store.plan_info()["office"] == "池州市人民政府办公室秘书科"  # kept in 清单信息
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert {"打开文件", "打开所在文件夹"} <= {b.text() for b in done.buttons()} and str(out) in done.text()
    done.close()
    assert "报告" in window.statusBar().currentMessage()
    # cancelled at the question: nothing written
    out.unlink()
    window.ui.actionExportReport.trigger()
    dialog = window.findChild(ReportDialog, "reportDialog")
    assert dialog.office.text() == "池州市人民政府办公室秘书科"
    dialog.reject()
    assert not out.exists()


def test_review_acts_on_the_one_unit_clicked(window, sample_db, tmp_path, qtbot):
    """采纳 judges one unit: a Ctrl+click on a second row used to leave two selected, and 采纳
    went to whichever the selection listed first."""
    _merge(sample_db, tmp_path, ["市财政局", "市商务局"])
    window.reload()
    window.ui.actionSubmissions.trigger()
    dialog = window.findChild(SubmissionsDialog, "submissionsDialog")
    proxy, table = dialog.proxy, dialog.table
    rows = {proxy.index(i, COL_UNIT).data(): i for i in range(proxy.rowCount())}

    def click(unit, modifier=Qt.KeyboardModifier.NoModifier):
        rect = table.visualRect(proxy.index(rows[unit], COL_UNIT))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    click("市商务局")
    click("市财政局", Qt.KeyboardModifier.ControlModifier)
    assert len(table.selectionModel().selectedRows()) == 1
    dialog.review.acceptButton.click()
    states = {s.unit: s.state for s in dialog.model.status}
    assert states["市财政局"] == "已采纳" and states["市商务局"] == "已报送"
