"""导出报送表 (Ctrl+E) and 导出汇总表: readiness check, filler line, file name, progress, open after."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)

from chizhou_desk.domain import date_text
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.check_texts import problem_text
from chizhou_desk.gui.core_texts import core_text

XLSX_FILTER = str(QT_TRANSLATE_NOOP("ExportActions", "Excel 工作簿 (*.xlsx)"))
# the 报送包: the 报送表 and the period's 佐证材料 in one .zip (issue 30)
PACKAGE_FILTER = str(QT_TRANSLATE_NOOP("ExportActions", "报送包：报送表和佐证材料 (*.zip)"))
LONG_EXPORT_ROWS = 300  # show a progress dialog above this many rows


class Cancelled(Exception):
    pass


class ExportDialog(QDialog):
    """The 填报单位 / 填报人 / 联系电话 / 填报日期 line and the optional columns, before the file name."""

    def __init__(self, unit: str, filler: dict, parent=None, period_label: str = ""):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(QCoreApplication.translate("ExportActions", "导出报送表 — {0}").format(unit))
        form = QFormLayout(self)
        self.unitEdit = QLineEdit(unit, self)
        self.personEdit = QLineEdit(filler.get("name", ""), self)
        self.phoneEdit = QLineEdit(filler.get("phone", ""), self)
        self.dateEdit = QLineEdit(date_text(), self)
        self.lightBox = QCheckBox(QCoreApplication.translate("ExportActions", "红黄绿灯"), self)
        self.reasonBox = QCheckBox(QCoreApplication.translate("ExportActions", "未达预期原因"), self)
        self.indicatorBox = QCheckBox(QCoreApplication.translate("ExportActions", "指标值"), self)
        self.reasonBox.setToolTip(QCoreApplication.translate("ExportActions",
            "未达预期原因、指标值和位次总会写入报送表的隐藏页，办公室导入时一并取回；勾选后在表中单独成列"))
        self.indicatorBox.setToolTip(self.reasonBox.toolTip())
        if period_label:
            shown = QLabel(period_label, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(QCoreApplication.translate("ExportActions", "期间"), shown)
        form.addRow(QCoreApplication.translate("ExportActions", "填报单位"), self.unitEdit)
        form.addRow(QCoreApplication.translate("ExportActions", "填报人"), self.personEdit)
        form.addRow(QCoreApplication.translate("ExportActions", "联系电话"), self.phoneEdit)
        form.addRow(QCoreApplication.translate("ExportActions", "填报日期"), self.dateEdit)
        form.addRow(QCoreApplication.translate("ExportActions", "附加列"), self.lightBox)
        form.addRow("", self.reasonBox)
        form.addRow("", self.indicatorBox)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def filler(self) -> dict:
        return {"unit": self.unitEdit.text().strip(), "person": self.personEdit.text().strip(),
                "phone": self.phoneEdit.text().strip(), "date": self.dateEdit.text().strip()}

    def options(self):
        from chizhou_desk.exports.layout import ExportOptions

        return ExportOptions(light=self.lightBox.isChecked(), reason=self.reasonBox.isChecked(),
                             indicator=self.indicatorBox.isChecked())


def export_submission(w) -> str | None:
    from chizhou_desk.exports.layout import check_ready, default_file_name
    from chizhou_desk.exports.submission import export_submission as write

    unit = w.current_unit() or w.settings.own_unit
    if not unit:
        QMessageBox.information(w, QCoreApplication.translate("ExportActions", "导出报送表"),
                                QCoreApplication.translate("ExportActions", "请先在“单位”中选择要导出的单位。"))
        return None
    problems = check_ready(w.store, unit, w.period_key)
    if problems and not _export_anyway(w, [problem_text(p) for p in problems]):
        return None
    dialog = ExportDialog(unit, w.settings.filler, w, period_label=PT.long_label(w.period_key))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    filler = dialog.filler()
    w.settings.set_filler(name=filler["person"], phone=filler["phone"])
    from chizhou_desk.exports.package import default_package_name, export_package, packed_files

    name = default_file_name(unit, w.period_key)
    has_files = bool(packed_files(w.store, unit, w.period_key))  # then the package is offered first
    path = _ask_path(w, QCoreApplication.translate("ExportActions", "导出报送表"),
                     default_package_name(unit, w.period_key) if has_files else name, package=True)
    if not path:
        return None
    writer = export_package if path.lower().endswith(".zip") else write
    return _run(w, path, lambda progress: writer(w.store, unit, w.period_key, path, filler=filler,
                                                options=dialog.options(), progress=progress))


def export_summary(w) -> str | None:
    from chizhou_desk.exports.layout import default_summary_name, unreported_units
    from chizhou_desk.exports.summary import export_summary as write

    missing = unreported_units(w.store.task_rows(w.period_key))
    if missing and not _export_anyway(
            w, [QCoreApplication.translate("ExportActions", "{0}：{1} 项未填报").format(u, n) for u, n in missing],
            QCoreApplication.translate("ExportActions", "以下单位尚有任务未填报，汇总表将标出这些空缺："),
            QCoreApplication.translate("ExportActions", "……共 {0} 个单位"),
            QCoreApplication.translate("ExportActions", "暂不导出")):
        return None
    path = _ask_path(w, QCoreApplication.translate("ExportActions", "导出汇总表"),
                     default_summary_name(w.period_key))
    if not path:
        return None
    return _run(w, path, lambda progress: write(w.store, w.period_key, path, progress=progress))


def _export_anyway(w, problems: list[str], intro: str | None = None, more: str | None = None,
                   back_text: str | None = None) -> bool:
    lines = problems[:12]
    if len(problems) > 12:
        lines.append((more or QCoreApplication.translate("ExportActions", "……共 {0} 处")).format(len(problems)))
    intro = intro or QCoreApplication.translate("ExportActions", "以下内容尚未填好，导出的表格将标出这些空缺：")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ExportActions", "还有未完成的填报"),
                      intro + "\n\n" + "\n".join(lines), parent=w)
    box.setObjectName("notReadyBox")
    back = box.addButton(back_text or QCoreApplication.translate("ExportActions", "返回修改"),
                         QMessageBox.ButtonRole.RejectRole)
    box.addButton(QCoreApplication.translate("ExportActions", "仍然导出"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is not back


def _ask_path(w, title: str, name: str, package: bool = False) -> str:
    folder = w.settings.text("export/folder") or str(Path.home())
    filters = [QCoreApplication.translate("ExportActions", XLSX_FILTER)]
    if package:
        filters.insert(0 if name.endswith(".zip") else 1, QCoreApplication.translate("ExportActions", PACKAGE_FILTER))
    path = dialogs.get_save_path(w, title, str(Path(folder) / name), ";;".join(filters))
    if path and not path.lower().endswith((".xlsx", ".zip") if package else ".xlsx"):
        path += ".xlsx"
    if path:
        w.settings.set_text("export/folder", str(Path(path).parent))
    return path


def _run(w, path: str, write) -> str | None:
    progress_dialog = None

    def progress(done: int, total: int) -> None:
        nonlocal progress_dialog
        if total < LONG_EXPORT_ROWS:
            return
        if progress_dialog is None:
            progress_dialog = QProgressDialog(QCoreApplication.translate("ExportActions", "正在导出…"),
                                              QCoreApplication.translate("ExportActions", "取消"), 0, total, w)
            progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            progress_dialog.setMinimumDuration(300)
        progress_dialog.setValue(done)
        QCoreApplication.processEvents()
        if progress_dialog.wasCanceled():
            raise Cancelled()

    try:
        write(progress)
    except Cancelled:
        w.statusBar().showMessage(QCoreApplication.translate("ExportActions", "已取消导出，原有文件未改动"), 5000)
        return None
    except (InputError, OSError) as exc:
        QMessageBox.warning(w, QCoreApplication.translate("ExportActions", "导出失败"), core_text(str(exc)))
        return None
    finally:
        if progress_dialog is not None:
            progress_dialog.close()
    _done(w, path)
    return path


def _done(w, path: str) -> None:
    w.statusBar().showMessage(QCoreApplication.translate("ExportActions", "已导出：{0}").format(path), 8000)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ExportActions", "导出完成"),
                      QCoreApplication.translate("ExportActions", "已保存到：\n{0}").format(path), parent=w)
    box.setObjectName("exportDoneBox")
    open_file = box.addButton(QCoreApplication.translate("ExportActions", "打开文件"),
                              QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(QCoreApplication.translate("ExportActions", "打开所在文件夹"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)

    def clicked(button) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
    box.buttonClicked.connect(clicked)
    box.open()
