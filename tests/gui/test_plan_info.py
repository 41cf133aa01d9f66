"""编辑 → 清单信息… (issue 24): the list's name without the month's words in the window title, and
edits made in the dialog reach the Word report (read back from the .docx)."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from qt_helpers import type_text

from chizhou_desk.cli import main
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.plan_info_dialog import PlanInfoDialog
from chizhou_desk.gui.report_dialog import ReportDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exports"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from test_report_plan_facts import huangshan_list  # noqa: E402


def test_title_and_plan_info_edits_reach_the_report(qtbot, open_window, tmp_path, monkeypatch, capsys):
    from docx import Document

    db = tmp_path / "huangshan.db"
    assert main(["--db", str(db), "import", str(huangshan_list(tmp_path))]) == 0
    w = open_window(db)
    assert w.windowTitle().startswith("黄山市2025年市政府重点工作责任清单 — ")
    action = w.findChild(type(w.ui.actionStatusWords), "actionPlanInfo")
    assert action.text() == "清单信息…" and action in w.ui.menuEdit.actions()
    action.trigger()
    dialog = w.findChild(PlanInfoDialog, "planInfoDialog")
    fields = dialog.fields
    assert fields["title"].text() == "黄山市2025年市政府重点工作责任清单"
    assert fields["doc_no"].text() == "黄政办秘〔2025〕31号"
    type_text(qtbot, fields["title"], "")  # an empty name is refused inside the dialog
    fields["title"].clear()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "清单名称不能为空" in dialog.problem.text()
    type_text(qtbot, fields["title"], "黄山市2025年市政府重点工作责任清单1-5月份推进情况")
    type_text(qtbot, fields["doc_no"], "黄政办〔2025〕9号")
    type_text(qtbot, fields["city"], "黄山")
    type_text(qtbot, fields["office"], "黄山市人民政府办公室")
    qtbot.keyClick(fields["office"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert w.windowTitle() == f"黄山市2025年市政府重点工作责任清单 — {db.name}"
    plan = w.store.plan_info()
    assert (plan["doc_no"], plan["city"], plan["office"]) == ("黄政办〔2025〕9号", "黄山", "黄山市人民政府办公室")

    out = tmp_path / "报告.docx"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: str(out))
    w.ui.actionExportReport.trigger()
    report = w.findChild(ReportDialog, "reportDialog")
    assert report.office.text() == "黄山市人民政府办公室"
    report.accept()
    w.findChild(QMessageBox, "exportDoneBox").close()
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "按照《黄山市2025年市政府重点工作责任清单》（黄政办〔2025〕9号）要求" in "\n".join(texts)
    assert texts[texts.index("黄山市人民政府办公室") + 1].startswith("20")


def test_the_import_preview_shows_the_lists_facts_as_read(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(huangshan_list(tmp_path))])
    window.ui.actionImport.trigger()
    preview = window.findChild(QDialog, "importPreview")
    text = preview.ui.messageLabel.text()
    assert ("读到的清单信息 — 清单名称：黄山市2025年市政府重点工作责任清单；文号：黄政办秘〔2025〕31号"
            "(导入后可在“编辑 → 清单信息”中更正)") in text, text
    preview.reject()
