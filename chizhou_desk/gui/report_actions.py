"""The office's menu actions: 文件 → 导出报告(Word) and 期间 → 报送情况. Core calls only."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import periods as P
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.core_texts import core_text

DOCX_FILTER = str(QT_TRANSLATE_NOOP("ReportActions", "Word 文档 (*.docx)"))


def connect(w) -> None:
    w.ui.actionExportReport.triggered.connect(lambda: export_report(w))
    w.ui.actionSubmissions.triggered.connect(lambda: show_submissions(w))


def _no_period(w, title: str) -> bool:
    if w.period_key:
        return False
    QMessageBox.information(w, title, QCoreApplication.translate("ReportActions", "请先建立期间(期间 → 新建期间)。"))
    return True


def export_report(w):
    """The period's report as a 公文 Word document: one dialog asks the unit names, the sign-off
    and its date; then where to save; then 打开文件 / 打开所在文件夹."""
    title = QCoreApplication.translate("ReportActions", "导出报告(Word)")
    if _no_period(w, title):
        return None
    w.flush_edits()
    from chizhou_desk.exports.report_docx import office_name
    from chizhou_desk.gui.popups import open_window_modal
    from chizhou_desk.gui.report_dialog import ReportDialog

    plan = w.store.plan_info() or {}
    dialog = ReportDialog(plan.get("office", ""), w.settings.text("report/short_names") == "1", w,
                          default_office=office_name({**plan, "office": ""}))

    def done(result: int) -> None:
        if result == dialog.DialogCode.Accepted:
            _write_report(w, title, dialog.short_names(), dialog.office_text(), dialog.date())
    dialog.finished.connect(done)
    return open_window_modal(dialog)


def _write_report(w, title: str, short: bool, office: str, when) -> str | None:
    w.settings.set_text("report/short_names", "1" if short else "0")
    plan = w.store.plan_info() or {}
    if office != plan.get("office") and not w.store.read_only:  # asked once: kept in 清单信息
        from chizhou_desk.exports.report_docx import office_name
        from chizhou_desk.store_plan import set_plan_facts

        if office != office_name({**plan, "office": ""}) or plan.get("office"):
            set_plan_facts(w.store, plan.get("year"), office=office)
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
        result = write_report(w.store, w.period_key, path, short_names=short, office=office, date=when)
    except Exception as exc:  # noqa: BLE001  InputError/OSError: said in a box, never raised into Qt
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(w, title, core_text(str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    w.settings.set_text("export/folder", str(Path(path).parent))
    from chizhou_desk.gui.export_actions import _done

    _done(w, result.path)
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
