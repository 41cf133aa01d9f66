"""Menu actions of the main window: files, imports, periods, settings. Core calls only, no SQL."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from chizhou_desk.gui import dialogs, help_dialog, paste_import, report_actions
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.db_open import switch_store
from chizhou_desk.gui.import_actions import DB_FILTER, DropImporter, import_files, new_database
from chizhou_desk.gui.popups import open_window_modal


def connect(w) -> None:
    ui = w.ui
    ui.actionOpenDb.triggered.connect(lambda: open_database(w))
    ui.actionNewDb.triggered.connect(lambda: new_database(w))
    ui.actionImport.triggered.connect(lambda: import_files(w))
    w.drop_importer = DropImporter(w)
    paste_import.add_action(w)  # 从剪贴板导入, Ctrl+V
    ui.actionNewPeriod.triggered.connect(lambda: _periods().new_period(w))  # dialogs load on first use
    ui.actionDueDate.triggered.connect(lambda: _periods().set_due_date(w))
    ui.actionClosePeriod.triggered.connect(lambda: _periods().close_period(w))
    ui.actionSettings.triggered.connect(lambda: choose_unit(w))
    ui.actionAbout.triggered.connect(lambda: about(w))
    help_dialog.add_to_menu(w)  # 使用说明, before 关于
    ui.actionOpenLogFolder.triggered.connect(lambda: open_log_folder(w))
    ui.actionReport.triggered.connect(lambda: show_report(w))
    ui.actionUnits.triggered.connect(lambda: edit_units(w))
    ui.menuRecent.aboutToShow.connect(lambda: _fill_recent(w))
    _add_restore_action(w)
    ui.actionExport.triggered.connect(lambda: export(w, "submission"))
    ui.actionExportSummary.triggered.connect(lambda: export(w, "summary"))
    ui.actionPrintPreview.triggered.connect(lambda: print_sheet(w, "unit", "preview"))
    ui.actionPrint.triggered.connect(lambda: print_sheet(w, "unit", "print"))
    ui.actionExportPdf.triggered.connect(lambda: print_sheet(w, "unit", "pdf"))
    ui.actionPrintTask.triggered.connect(lambda: print_sheet(w, "task", "preview"))
    ui.actionPrintBlank.triggered.connect(lambda: print_sheet(w, "blank", "preview"))
    report_actions.connect(w)  # 导出报告(Word), 报送情况


def _periods():
    from chizhou_desk.gui import period_actions

    return period_actions


def edit_units(w):
    from chizhou_desk.gui.units_dialog import edit_units

    return edit_units(w)


def export(w, kind: str):
    from chizhou_desk.gui import export_actions  # imported on use: keeps start-up light

    w.flush_edits()
    if kind == "summary":
        return export_actions.export_summary(w)
    return export_actions.export_submission(w)


def print_sheet(w, kind: str, mode: str):
    """A unit's list (the unit chosen, else 本单位, else all), a task's sheet, or a blank form."""
    from chizhou_desk.gui import print_actions

    unit = w.current_unit() or w.settings.own_unit
    row = w.current_row()
    if kind == "task" and row is None:
        return None
    if kind == "blank" and not unit:
        QMessageBox.information(w, QCoreApplication.translate("actions", "打印"),
                                QCoreApplication.translate("actions", "请先在“单位”中选择要打印空白表的单位。"))
        return None
    w.flush_edits()
    path = print_actions.run(w, w.store, kind, mode, w.period_key, unit=unit,
                             task_no=row.no if row is not None else None, signer=w.settings.filler,
                             folder=w.settings.text("export/folder"))
    if path:
        w.settings.set_text("export/folder", str(Path(path).parent))
        w.statusBar().showMessage(QCoreApplication.translate("actions", "已导出：{0}").format(path), 8000)
    return path


def _add_restore_action(w) -> None:
    from PySide6.QtGui import QAction

    from chizhou_desk.gui.db_open import restore_into_window

    action = QAction(QCoreApplication.translate("actions", "恢复备份…"), w)
    action.setObjectName("actionRestoreBackup")
    action.triggered.connect(lambda: restore_into_window(w))
    w.ui.menuFile.insertAction(w.ui.actionImport, action)
    w.ui.menuFile.insertSeparator(w.ui.actionImport)
    w.actionRestoreBackup = action


def open_database(w) -> None:
    path = dialogs.get_open_path(w, QCoreApplication.translate("actions", "打开数据库"), str(w.store.path.parent),
                                 QCoreApplication.translate("actions", DB_FILTER))
    if path:
        switch_store(w, path)


def choose_unit(w, first_run: bool = False):
    from chizhou_desk.gui.small_dialogs import UnitDialog, unit_choices

    names, terms = unit_choices(w.store)  # the list's units and the registry's, searchable
    dialog = UnitDialog(names, w.settings.own_unit, w.settings.filler, w,
                        lang=w.settings.text("ui/lang"), terms=terms)
    if first_run:
        dialog.setWindowTitle(QCoreApplication.translate("actions", "欢迎使用 — 请选择本单位"))

    def done(result: int) -> None:
        if result == dialog.DialogCode.Accepted:
            w.settings.own_unit = dialog.unit()
            w.settings.set_filler(**dialog.filler())
            w.settings.set_text("unit/asked", "1")
            w.settings.set_text("ui/lang", dialog.lang())
            w.reload()
    dialog.finished.connect(done)
    open_window_modal(dialog)  # window-modal, never blocks the event loop
    return dialog


def show_report(w):
    """The report paragraph (1-5月份,49项…) for the period, for the office's report."""
    from chizhou_desk.gui.small_dialogs import TextDialog
    from chizhou_desk.narrative import report_text

    w.flush_edits()
    dialog = TextDialog(QCoreApplication.translate("actions", "报告段落 — {0}").format(PT.long_label(w.period_key)),
                        report_text(w.store, w.period_key), w)
    open_window_modal(dialog)
    return dialog


def about(w) -> None:
    from chizhou_desk import __version__

    text = QCoreApplication.translate("actions", "重点工作责任清单 联络员桌面工具\n版本 {0}\n"
                                                 "离线运行，数据保存在本机。")
    QMessageBox.about(w, QCoreApplication.translate("actions", "关于"), text.format(__version__))


def _fill_recent(w) -> None:
    menu = w.ui.menuRecent
    menu.clear()
    for path in w.settings.recent_databases():
        menu.addAction(path, lambda p=path: switch_store(w, p))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("actions", "(无)")).setEnabled(False)


def open_log_folder(w) -> None:
    """帮助 → 打开日志文件夹: where chizhou-desk.log is (the data folder, or data/ when portable)."""
    from chizhou_desk.logs import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dialogs.open_folder(str(folder))
