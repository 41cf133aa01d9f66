"""What the window's 打印预览 / 打印 (Ctrl+P) / 导出PDF actions call: sheet choice -> printing."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs, printing
from chizhou_desk.gui.core_texts import core_text

PREVIEW, PRINT, PDF = "preview", "print", "pdf"


def sheet_html(store, kind: str, period_key: str, unit: str | None = None,
               task_no: str | None = None, signer: dict | None = None) -> tuple[str, bool, str]:
    """(html, landscape, default file stem) for kind 'unit', 'task' or 'blank'."""
    who = unit or QCoreApplication.translate("PrintActions", "全部单位")
    period = P.long_label(period_key)
    if kind == "unit":
        return printing.build_unit_sheet_html(store, unit, period_key, signer=signer), True, f"{who}_{period}_进展情况"
    if kind == "blank":
        assert unit, "a blank form is for one unit"  # actions.print_sheet asks for one first
        return printing.build_blank_form_html(store, unit, period_key, signer=signer), True, f"{who}_{period}_填报表"
    if kind == "task":
        assert task_no is not None, "a task sheet needs the task"  # the callers pass the selected task
        html = printing.build_task_sheet_html(store, task_no, period_key, signer=signer)
        return html, False, f"第{task_no}项_{period}"
    raise ValueError(kind)


def run(parent, store, kind: str, mode: str, period_key: str, unit: str | None = None,
        task_no: str | None = None, signer: dict | None = None, folder: str = "") -> str | None:
    """Show the preview, the print dialog, or ask for a PDF path and write it (returns the path)."""
    html, landscape, stem = sheet_html(store, kind, period_key, unit, task_no, signer)
    progress = _Progress(parent)
    try:
        if mode == PREVIEW:
            printing.print_preview(parent, html, landscape, title=stem.replace("_", " "))
        elif mode == PRINT:
            printing.print_dialog(parent, html, landscape, progress)
        elif mode == PDF:
            path = dialogs.get_save_path(parent, QCoreApplication.translate("PrintActions", "导出PDF"),
                                         str(Path(folder) / f"{stem}.pdf") if folder else f"{stem}.pdf",
                                         QCoreApplication.translate("PrintActions", "PDF 文件 (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            printing.write_pdf(html, path, landscape, progress)
            return path
        else:
            raise ValueError(mode)
    except (OSError, InputError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintActions", "打印"),
                            QCoreApplication.translate("PrintActions", "无法输出：{0}").format(core_text(str(exc))))
    finally:
        progress.close()
    return None


class _Progress:
    """A progress dialog for long sheets (a whole city's list runs to hundreds of pages);
    it appears only when the work takes longer than half a second."""

    def __init__(self, parent):
        self.parent, self.dialog = parent, None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(QCoreApplication.translate("PrintActions", "正在排版…"),
                                          None, 0, total, self.parent)
            self.dialog.setObjectName("printProgress")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(500)
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()


def write_pdf_offscreen(store, kind: str, period_key: str, path, unit: str | None = None,
                        task_no: str | None = None) -> int:
    """The CLI's `print`: make a QApplication if none runs (offscreen unless told otherwise) and
    write the sheet as PDF; returns the page count."""
    import os

    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])  # noqa: F841 (alive while printing)
    html, landscape, _stem = sheet_html(store, kind, period_key, unit, task_no)
    return printing.write_pdf(html, path, landscape)
