"""Ctrl+E, 导出汇总表, 导出PDF and the chart pane, driven through the window."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from python_calamine import CalamineWorkbook
from qt_helpers import answer_modals, click_button, type_text

from chizhou_desk.gui import dialogs


def pdf_text(path) -> str:
    """The PDF's text as pdftotext gives it, white space removed (lines wrap anywhere)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


def task_nos(rows) -> list[int]:
    return [int(r[0]) for r in rows if isinstance(r[0], (int, float)) and r[0] != ""]


def pick_unit(qtbot, window, name):
    type_text(qtbot, window.ui.unitCombo.lineEdit(), name)
    qtbot.keyClick(window.ui.unitCombo.lineEdit(), Qt.Key.Key_Return)


def test_ctrl_e_exports_the_units_submission(qtbot, window, tmp_path, monkeypatch):
    asked = []

    def save_path(parent, title, default, name_filter):
        asked.append(default)
        return str(tmp_path / "out" / "报送.xlsx")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(dialogs, "get_save_path", save_path)
    pick_unit(qtbot, window, "市发改委")

    def fill(dialog):
        assert dialog.objectName() == "exportDialog"
        from PySide6.QtWidgets import QLabel
        assert "2025年1-5月份" in [lb.text() for lb in dialog.findChildren(QLabel)]  # the period, fixed
        assert dialog.width() >= 460
        type_text(qtbot, dialog.personEdit, "张三")
        dialog.phoneEdit.setText("0566-1234567")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    # the readiness check first (task 49 unfilled, 1 and 2 未达预期 without a reason), then the filler line
    timer = answer_modals([lambda box: click_button(box, "仍然导出"), fill])  # noqa: F841
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0].endswith("市发展改革委_2025年1-5月份_重点工作进展.xlsx")
    out = tmp_path / "out" / "报送.xlsx"
    assert out.exists()
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    flat = [str(c) for r in rows for c in r]
    assert any("（市发展改革委）" in c for c in flat)
    assert any("张三" in c and "0566-1234567" in c for c in flat)
    nos = task_nos(rows)
    assert len(nos) == 15 and nos[0] == 1 and nos[-1] == 49 and nos == sorted(nos)
    assert window.settings.filler["name"] == "张三"
    assert window.settings.text("export/folder") == str(tmp_path / "out")
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert done is not None and "报送.xlsx" in done.text()
    done.close()


def test_export_can_be_abandoned_at_the_check(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(tmp_path / "x.xlsx"))
    pick_unit(qtbot, window, "市发改委")
    timer = answer_modals([lambda box: click_button(box, "返回修改")])  # noqa: F841
    window.ui.actionExport.trigger()
    assert not (tmp_path / "x.xlsx").exists()


def test_summary_export(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(tmp_path / "汇总"))
    told = []

    def units_behind(box):  # the office sees who has not reported (task 49, 市发展改革委)
        told.append(box.text())
        assert [b.text() for b in box.buttons() if b.text() == "暂不导出"]  # the office cannot 返回修改
        click_button(box, "仍然导出")
    timer = answer_modals([units_behind])  # noqa: F841
    window.ui.actionExportSummary.trigger()
    assert told and "市发展改革委：1 项未填报" in told[0]
    out = tmp_path / "汇总.xlsx"
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert "1-5月份市政府重点工作责任清单进展情况汇总表" in str(rows[0][0])
    assert task_nos(rows) == list(range(1, 50))
    window.findChild(QMessageBox, "exportDoneBox").close()


def test_export_pdf_of_the_units_list(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(tmp_path / "sheet.pdf"))
    pick_unit(qtbot, window, "市商务局")
    window.ui.actionExportPdf.trigger()
    flat = pdf_text(tmp_path / "sheet.pdf")
    assert window.settings.text("export/folder") == str(tmp_path)  # the next dialog opens here
    assert "市商务局" in flat and "社会消费品零售总额增长6%" in flat
    assert "地区生产总值增长6.5%以上" not in flat  # 市发展改革委's task is not on 市商务局's sheet


def test_chart_pane_follows_the_unit(qtbot, window):
    qtbot.waitUntil(lambda: window.chart_pane is not None, timeout=5000)
    pane = window.chart_pane
    assert pane.objectName() == "chartPane" and pane.unit is None
    with qtbot.waitSignal(pane.redrawn, timeout=5000):
        pick_unit(qtbot, window, "市商务局")
    assert pane.unit == "市商务局" and pane.period_key == "2025-05"


def test_printed_sheet_carries_the_saved_signer(qtbot, window, tmp_path, monkeypatch):
    window.settings.set_filler(name="李四", phone="0566-7654321", reviewer="王五")
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(tmp_path / "signed.pdf"))
    pick_unit(qtbot, window, "市商务局")
    window.ui.actionExportPdf.trigger()
    flat = pdf_text(tmp_path / "signed.pdf")
    assert "填报人：李四" in flat and "审核人：王五" in flat and "0566-7654321" in flat


def test_a_long_sheet_shows_progress(qtbot, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
    from chizhou_desk.store import Store

    db = tmp_path / "long.db"
    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    tasks = [Task(no=str(i), text=f"第{i}项重点工作。", lead_units=["市发改委"]) for i in range(1, 601)]
    entries = {t.no: Entry(status="序时推进", progress="按计划推进。") for t in tasks}
    with Store(db) as s:
        s.import_table(ImportedTable("gen", plan, tasks, "2025-05", entries))
    w = open_window(db)
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(tmp_path / "long.pdf"))
    w.ui.actionExportPdf.trigger()
    progress = w.findChild(QProgressDialog, "printProgress")
    assert progress is not None and progress.maximum() == 6  # 3 parts of 200 rows, laid out then painted
    assert (tmp_path / "long.pdf").stat().st_size > 0


def test_print_preview_names_the_sheet_and_takes_the_screen(qtbot, window, monkeypatch):
    """The preview opened at Qt's 640×480 as 打印预览: an A4 page at half size, and no word of
    which sheet it shows."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    seen = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: seen.append((self.windowTitle(), self.size())) or 0)
    pick_unit(qtbot, window, "市财政局")
    window.ui.actionPrintPreview.trigger()
    title, size = seen[0]
    assert title == "打印预览 — 市财政局 2025年1-5月份 进展情况"
    room = window.screen().availableGeometry()
    assert size.width() >= room.width() * 0.85 and size.height() >= room.height() * 0.85
