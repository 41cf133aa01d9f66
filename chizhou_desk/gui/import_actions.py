"""Importing in the window: 文件 → 导入, files dropped on the window, a new database from a list.

Lists and progress tables go through the preview (nothing is written until 导入); units'
submissions import straight. Several files are merged in one transaction: all or none.
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError, OtherList
from chizhou_desk.gui import dialogs
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.core_texts import core_lines, core_text, listed
from chizhou_desk.gui.popups import show_error

if TYPE_CHECKING:  # imported on use: the preview is not needed at start-up
    from chizhou_desk.gui.import_preview import ImportPreview

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls

IMPORT_FILTER = str(QT_TRANSLATE_NOOP(
    "actions", "清单、报告或报送表 (*.xlsx *.xls *.et *.ods *.csv *.docx *.txt *.html *.htm *.zip);;所有文件 (*)"))
DB_FILTER = str(QT_TRANSLATE_NOOP("actions", "数据库 (*.db *.sqlite);;所有文件 (*)"))




class ImportFlow(QObject):
    """Reads the files one after another; a list waits for its preview; then `finish(tables)`."""

    def __init__(self, w, paths: list[str], finish, store=None):
        super().__init__(w)
        self.w, self.paths, self.finish = w, list(paths), finish
        self.store = store if store is not None else w.store
        self.tables: list = []
        self.preview: ImportPreview | None = None  # the open preview, for tests and the keyboard
        from chizhou_desk.layouts import remembered

        self.remembered = remembered(self.store.conn)

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        from chizhou_desk.domain import ImportedTable
        from chizhou_desk.imports.detect import propose_file

        while self.paths:
            path = self.paths.pop(0)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                found, checksum = propose_file(path, remembered=self.remembered)
            except (InputError, OSError) as exc:
                show_error(self.w, InputError(translate("actions", "未导入任何文件。") + str(exc)))
                return self.deleteLater()
            finally:
                QApplication.restoreOverrideCursor()
            if isinstance(found, ImportedTable) or hasattr(found, "verdict"):  # or the office's 审核意见单
                self.tables.append(found)
                continue
            self.open_preview(found, path, checksum)
            return None
        self.finish(self.tables)
        self.deleteLater()
        return None

    def open_preview(self, proposal, path: str, checksum: str) -> None:
        from chizhou_desk.domain import ImportedTable, Plan
        from chizhou_desk.gui.import_preview import ImportPreview
        from chizhou_desk.imports.preview import registry_for

        hint = ImportedTable(source=path, plan=proposal.plan or Plan(year=0), tasks=[])
        latest = self.store.latest_period()
        dialog = ImportPreview(proposal, path, registry_for(self.store.registry(), hint), self.w,
                               suggested_period=P.next_key(latest) if latest else None)
        self.preview = dialog

        def settled(result: int) -> None:
            self.preview = None
            dialog.deleteLater()
            if result != dialog.DialogCode.Accepted:
                self.deleteLater()  # cancelled: nothing is written, not even the files before
                return
            table = dialog.table
            assert table is not None  # 导入 is enabled only once the table is built
            table.checksum = checksum
            self.tables.append(table)
            self._next()
        dialog.finished.connect(settled)
        dialog.open()


def import_files(w):
    """文件 → 导入: lists, reports or units' submissions; several at once (the office merging)."""
    folder = w.settings.text("import/folder") or str(Path.home())
    paths = dialogs.get_open_paths(w, translate("actions", "导入(可多选)"), folder, translate("actions", IMPORT_FILTER))
    if not paths:
        return None
    w.settings.set_text("import/folder", str(Path(paths[0]).parent))
    return import_paths(w, paths)


def import_paths(w, paths: list[str]) -> ImportFlow:
    w.flush_edits()
    flow = ImportFlow(w, paths, lambda tables: check_then_merge(w, tables))
    w.import_flow = flow
    flow.start()
    return flow


def check_then_merge(w, tables: list):
    """Units' submissions: what the merge would do, file by file, for the office to confirm."""
    from chizhou_desk.office import preview_lines, preview_table

    subs = [t for t in tables if t.unit and not hasattr(t, "verdict")]  # not the office's 审核意见单
    if not subs:
        return merge(w, tables)
    cache: dict = {}
    previews = [preview_table(w.store, t, cache) for t in subs]
    lines = core_lines([line.replace("(有文件被拒绝时，全部不导入)", "") for line in preview_lines(previews)])
    refused = [p for p in previews if p.refused]
    if refused:
        lines.append(translate("actions", "被拒绝的文件不会导入；其余文件可以一起导入。"))
    box = QMessageBox(QMessageBox.Icon.Question, translate("actions", "导入前核对"), "\n".join(lines), parent=w)
    box.setObjectName("mergeCheckBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    go_text = translate("actions", "导入其余文件") if refused else translate("actions", "导入")
    go = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("actions", "取消"), QMessageBox.ButtonRole.RejectRole)
    keep = [t for t, p in zip(subs, previews, strict=False) if not p.refused]
    go.setEnabled(bool(keep) or len(tables) > len(subs))
    go.clicked.connect(lambda: merge(w, [t for t in tables if t not in subs or t in keep]))
    from chizhou_desk.gui.merge_periods import offer_new_periods

    offer_new_periods(w, box, tables, subs, previews, lambda chosen, keys: merge(w, chosen, keys))
    box.open()
    return box


def merge(w, tables: list, new_periods=()):
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        results = w.store.import_tables(tables, new_periods)
    except OtherList as exc:  # another city's list over this one's: a database of its own
        QApplication.restoreOverrideCursor()
        offer_new_database(w, tables, exc)
        return None
    except (InputError, OSError, sqlite3.Error) as exc:
        QApplication.restoreOverrideCursor()
        show_error(w, InputError(translate("actions", "未导入任何文件。") + str(exc)))
        return None
    except BaseException:  # the crash dialog says it; the cursor must not stay busy
        QApplication.restoreOverrideCursor()
        raise
    QApplication.restoreOverrideCursor()
    from chizhou_desk.logs import log

    for r in results:
        log.info("import %s: +%d tasks, %d changed, %d entries, period %s", r.source, r.tasks_added,
                 r.tasks_changed, r.entries_changed, r.period_key)
    w.undo.clear()  # undo history refers to values the import may have replaced
    w.reload()
    keys = [r.period_key for r in results if r.period_key]
    if keys:  # show what was imported: the office merging 1-6月 while viewing 1-5月
        w.set_period(keys[-1])
    _report(w, tables, results)
    return results


def _report(w, tables: list, results: list) -> None:
    lines = []
    for t, r in zip(tables, results, strict=False):
        if hasattr(t, "verdict"):  # the office's 审核意见单: shown on the tasks from now on
            lines += [f"{Path(r.source).name}:{core_text(line)}" for line in r.notes]
            lines.append(QCoreApplication.translate(
                "actions", "  意见显示在任务的“办公室意见”中，并随下次导出的报送表带回。"))
            continue
        period = translate("actions", "，期间 {0}").format(PT.long_label(r.period_key)) if r.period_key else ""
        lines.append(translate("actions", "{0}：新增任务 {1}，更新任务 {2}，更新进展 {3}").format(
            Path(r.source).name, r.tasks_added, r.tasks_changed, r.entries_changed) + period)
        if r.unknown_units:
            lines.append(translate("actions", "  未登记的单位 {0} 个(原样保留)：").format(len(r.unknown_units))
                         + listed(r.unknown_units))
        if r.kept:
            lines.append(translate("actions", "  本库已填写的内容未被覆盖：") + listed(r.kept))
        lines += ["  " + line for line in core_lines(r.conflicts + r.notes)]
        if t.ignored_columns:
            lines.append(translate("actions", "  未识别的列(按原列名保存为附加信息)：") + listed(t.ignored_columns))
    box = QMessageBox(QMessageBox.Icon.Information, translate("actions", "导入完成"), "\n".join(lines), parent=w)
    box.setObjectName("importDoneBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    unknown = [u for r in results for u in r.unknown_units]
    if unknown:
        from chizhou_desk.gui.units_dialog import edit_units

        names = box.addButton(translate("actions", "登记单位名称…"), QMessageBox.ButtonRole.ActionRole)
        names.clicked.connect(lambda: edit_units(w, unknown))
    if not w.store.periods() and w.model.rowCount():  # a new year's list: where reporting starts
        from chizhou_desk.gui.period_actions import new_period

        start = box.addButton(translate("actions", "新建期间…"), QMessageBox.ButtonRole.ActionRole)
        start.setObjectName("newPeriodButton")
        start.clicked.connect(lambda: new_period(w))
    if unknown or not w.store.periods():
        box.addButton(QMessageBox.StandardButton.Close)
    box.open()


def new_database(w) -> None:
    """A new database file built from a list or report file (through the preview)."""
    source = dialogs.get_open_path(w, translate("actions", "选择清单文件"), str(Path.home()),
                                   translate("actions", IMPORT_FILTER))
    if not source:
        return

    def read(tables: list) -> None:  # the list read first: it names the new database
        target = _new_database_path(w, tables)
        if target:
            _create(w, target, tables)
    w.import_flow = ImportFlow(w, [source], read)
    w.import_flow.start()


def _new_database_path(w, tables: list) -> str | None:
    """Where the new database goes (the user data folder, named after the list's city and year,
    by default); never over an existing file."""
    from chizhou_desk.new_db_name import suggested_db_path

    default = suggested_db_path(tables)
    default.parent.mkdir(parents=True, exist_ok=True)
    target = dialogs.get_save_path(w, translate("actions", "新数据库保存为"), str(default),
                                   translate("actions", DB_FILTER))
    if target and Path(target).exists():
        show_error(w, InputError(translate("actions", "文件已存在，请换一个名字"), file=target))
        return None
    return target or None


def _create(w, target: str, tables: list) -> list | None:
    """A new database file holding `tables`, opened in the window (the import results); nothing
    left behind on failure."""
    from chizhou_desk.gui.db_open import switch_store
    from chizhou_desk.store import Store

    try:
        with Store(target) as store:
            results = store.import_tables(tables)
    except (InputError, OSError, sqlite3.Error) as exc:
        Path(target).unlink(missing_ok=True)
        show_error(w, exc)
        return None
    return results if switch_store(w, target) else None


def offer_new_database(w, tables: list, exc: OtherList):
    """The list is not this database's list of its year: say so, and offer a database of its own
    (the sample stays as it is)."""
    text = core_text(str(exc)) + "\n" + translate(
        "actions", "点“新建数据库并导入…”为这份清单建立它自己的数据库；本库不变。")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("actions", "不是本库的清单"), text, parent=w)
    box.setObjectName("otherListBox")
    create = box.addButton(translate("actions", "新建数据库并导入…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("actions", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(create)

    def done(_result: int) -> None:
        if box.clickedButton() is not create:
            return
        target = _new_database_path(w, tables)
        results = _create(w, target, tables) if target else None
        if results:
            keys = [r.period_key for r in results if r.period_key]
            if keys:
                w.set_period(keys[-1])
            _report(w, tables, results)
    box.finished.connect(done)
    box.open()
    return box


class DropImporter(QObject):
    """Files dropped on the window import like 文件 → 导入."""

    def __init__(self, w):
        super().__init__(w)
        self.w = w
        w.setAcceptDrops(True)
        w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event) -> bool:  # QDragEnterEvent, QDropEvent or any other
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                import_paths(self.w, paths)
                return True
        return False
