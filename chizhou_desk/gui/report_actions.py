"""The office's menu actions: 文件 → 导出报告(Word) and 期间 → 报送情况. Core calls only."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import periods as P
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.core_texts import core_text

DOCX_FILTER = str(QT_TRANSLATE_NOOP("ReportActions", "Word 文档 (*.docx)"))
NAME_CHOICES = (str(QT_TRANSLATE_NOOP("ReportActions", "全称(如 市发展改革委)")),
                str(QT_TRANSLATE_NOOP("ReportActions", "简称(如 市发改委；简称在“单位名称与简称”中设置)")))


def connect(w) -> None:
    w.ui.actionExportReport.triggered.connect(lambda: export_report(w))
    w.ui.actionSubmissions.triggered.connect(lambda: show_submissions(w))


def _no_period(w, title: str) -> bool:
    if w.period_key:
        return False
    QMessageBox.information(w, title, QCoreApplication.translate("ReportActions", "请先建立期间(期间 → 新建期间)。"))
    return True


def export_report(w) -> str | None:
    """The period's report as a 公文 Word document; unit names full or short as the office chooses."""
    title = QCoreApplication.translate("ReportActions", "导出报告(Word)")
    if _no_period(w, title):
        return None
    w.flush_edits()
    choices = [QCoreApplication.translate("ReportActions", c) for c in NAME_CHOICES]
    short = w.settings.text("report/short_names") == "1"
    choice = dialogs.get_item(w, title, QCoreApplication.translate("ReportActions", "报告中的单位名称："),
                              choices, int(short))
    if choice is None:
        return None
    short = choices.index(choice) == 1
    w.settings.set_text("report/short_names", "1" if short else "0")
    folder = w.settings.text("export/folder") or str(Path.home())
    name = f"关于{P.long_label(w.period_key)}市政府重点工作责任清单进展情况的报告.docx"
    path = dialogs.get_save_path(w, title, str(Path(folder) / name),
                                 QCoreApplication.translate("ReportActions", DOCX_FILTER))
    if not path:
        return None
    if not path.lower().endswith(".docx"):
        path += ".docx"
    from chizhou_desk.exports.report_docx import write_report

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = write_report(w.store, w.period_key, path, short_names=short)
    except Exception as exc:  # noqa: BLE001  InputError/OSError: said in a box, never raised into Qt
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(w, title, core_text(str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    w.settings.set_text("export/folder", str(Path(path).parent))
    w.statusBar().showMessage(QCoreApplication.translate("ReportActions", "已导出报告：{0}(未达预期 {1} 项)")
                              .format(result.path, result.missed), 8000)
    return result.path


def show_submissions(w):
    """报送情况 of the period, window-modal, not blocking."""
    from chizhou_desk.gui.submissions_dialog import SubmissionsDialog

    title = QCoreApplication.translate("ReportActions", "报送情况")
    if _no_period(w, title):
        return None
    w.flush_edits()
    dialog = SubmissionsDialog(w.store, w.period_key, w, folder=w.settings.text("export/folder"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
