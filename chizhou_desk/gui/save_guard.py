"""Typed text is never dropped (ARCHITECTURE: Reliability): a save the store refused is kept, retried, shown as
未保存, and closing the window asks what to do with it (retry / save the text to a file / cancel).

A value changed elsewhere meanwhile (StaleValue) is not retried blindly: the user is shown both
and chooses (keep mine, overwriting; or take the stored one, mine going to the clipboard).
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.commands import FIELD_NAMES
from chizhou_desk.gui.core_texts import core_text
from chizhou_desk.store import DatabaseMoved, StaleValue

RETRY_MS = 3000
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls



@dataclass
class Pending:
    task_id: int
    period_key: str
    field: str
    label: str  # the task's number as printed
    stored: object  # the value the store holds (what the next write expects to find)
    wanted: object  # the typed value not saved yet
    error: str
    conflict: bool = False
    moved: bool = False  # the database file was moved or deleted (gui/db_moved.py)

    def describe(self) -> str:
        name = translate("commands", FIELD_NAMES.get(self.field, self.field))
        return translate("SaveGuard", "第{0}项 {1}({2})").format(self.label, name, PT.short_label(self.period_key))


class SaveGuard(QObject):
    """Owned by the main window; `window` gives store, editor, undo stack and command factory."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.pending: dict[tuple, Pending] = {}
        self.retry_timer = QTimer(self, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
        self.conflict_box: QMessageBox | None = None

    # --- the command's callbacks ----------------------------------------------------------

    def failed(self, command, wanted, stored, exc: Exception) -> None:
        """A write the store refused: `wanted` is kept (in `pending` and in the editor) and the
        next attempt expects `stored`, the value the refused write expected to find."""
        key = (command.task_id, command.period_key, command.field)
        item = self.pending.get(key)
        conflict = isinstance(exc, StaleValue) or (item is not None and item.conflict)
        self.pending[key] = Pending(command.task_id, command.period_key, command.field, command.label,
                                    stored, wanted, core_text(str(exc)), conflict, isinstance(exc, DatabaseMoved))
        editor = self.w.editor_if_built()
        if editor is not None and editor.row is not None and editor.row.id == command.task_id \
                and command.period_key == self.w.period_key:
            editor.mark_unsaved(command.field, stored)
        self.w.statusBar().showMessage(
            translate("SaveGuard", "未能保存：{0}。输入的内容已保留，稍后自动重试").format(core_text(str(exc))), 8000)
        self._show_state()
        if isinstance(exc, StaleValue):
            self._ask_conflict(self.pending[key], exc.stored)
        elif not self.retry_timer.isActive():
            self.retry_timer.start()
        if isinstance(exc, DatabaseMoved):
            from chizhou_desk.gui import db_moved

            db_moved.offer(self.w)

    def saved(self, task_id: int, period_key: str, field: str) -> None:
        if self.pending.pop((task_id, period_key, field), None) is not None:
            self._show_state()

    # --- retrying -------------------------------------------------------------------------

    def retry(self) -> None:
        """Save again what is waiting: the editor's fields, then the tasks no longer shown."""
        editor = self.w.editor_if_built()
        self.w.flush_edits()
        for key, item in list(self.pending.items()):
            if item.conflict or key not in self.pending:
                continue
            if editor is not None and editor.row is not None and editor.row.id == item.task_id \
                    and item.period_key == self.w.period_key:
                if editor.value(item.field) == item.stored or \
                        (editor.value(item.field) in ("", None) and item.stored in ("", None)):
                    self.pending.pop(key)  # typed back to what is stored: nothing waits
                continue  # flush_edits above wrote (or failed to write) what the editor shows
            self.w.undo.push(self.w.make_command(item.task_id, item.period_key, item.label,
                                                 item.field, item.stored, item.wanted))
        self._show_state()
        if not any(not p.conflict for p in self.pending.values()):
            self.retry_timer.stop()

    def show_pending_in_editor(self) -> None:
        """The editor just loaded a task: typed text still waiting replaces the stored value shown."""
        editor = self.w.editor_if_built()
        if editor is None or editor.row is None:
            return
        for item in self.pending.values():
            if item.task_id == editor.row.id and item.period_key == self.w.period_key:
                editor.mark_unsaved(item.field, item.stored)
                editor.show_pending(item.field, item.wanted)

    def _show_state(self) -> None:
        editor = self.w.editor_if_built()
        if editor is None:
            return
        if not self.pending:
            editor.set_unsaved(None)
            return
        first = next(iter(self.pending.values()))
        reason = translate("SaveGuard", "内容已在别处修改") if first.conflict else translate("SaveGuard", "正在重试")
        if any(p.moved for p in self.pending.values()):
            reason = translate("SaveGuard", "数据库文件已被移动或删除")
        editor.set_unsaved(translate("SaveGuard", "{0} 处，{1}").format(len(self.pending), reason))

    # --- a value changed elsewhere --------------------------------------------------------

    def _ask_conflict(self, item: Pending, stored) -> None:
        if self.conflict_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("SaveGuard", "内容已在别处修改"), "", parent=self.w)
        box.setObjectName("conflictBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("SaveGuard", "{0} 已在别处(另一个窗口或导入)改为：\n\n{1}\n\n您输入的是：\n\n{2}").format(
            item.describe(), _text(stored), _text(item.wanted)))
        mine = box.addButton(translate("SaveGuard", "保留我的内容"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("SaveGuard", "采用别处的内容(我的内容复制到剪贴板)"), QMessageBox.ButtonRole.RejectRole)
        self.conflict_box = box

        def done(_r) -> None:
            self.conflict_box = None
            key = (item.task_id, item.period_key, item.field)
            if key not in self.pending:
                return
            if box.clickedButton() is mine:
                self.pending[key].stored, self.pending[key].conflict = stored, False
                editor = self.w.editor_if_built()
                if editor is not None and editor.row is not None and editor.row.id == item.task_id:
                    editor.mark_unsaved(item.field, stored)
                self.retry()
            else:
                QApplication.clipboard().setText(_text(self.pending.pop(key).wanted))
                self.w.applied(item.task_id, item.period_key, item.field, stored)  # shown again
            self._show_state()
        box.finished.connect(done)
        box.open()

    # --- closing --------------------------------------------------------------------------

    def may_close(self) -> bool:
        """True when nothing waits; else ask: retry, save the text to a file, or cancel the close."""
        self.w.flush_edits()
        from chizhou_desk.gui import db_moved, dialogs

        if not db_moved.may_close(self.w):  # what was saved lives on only while the file is open
            return False
        if self.pending:
            self.retry()

        while self.pending:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("SaveGuard", "有内容未保存"), "", parent=self.w)
            box.setObjectName("unsavedCloseBox")
            box.setTextFormat(Qt.TextFormat.PlainText)
            lines = [f"{p.describe()}:{p.error}" for p in self.pending.values()]
            box.setText(translate("SaveGuard", "以下输入的内容还没有保存到数据库：\n\n{0}\n\n关闭前请选择：")
                        .format("\n".join(lines[:10])))
            again = box.addButton(translate("SaveGuard", "重试保存"), QMessageBox.ButtonRole.AcceptRole)
            to_file = box.addButton(translate("SaveGuard", "把内容存为文本文件…"), QMessageBox.ButtonRole.ActionRole)
            cancel = box.addButton(translate("SaveGuard", "取消关闭"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(again)
            box.setEscapeButton(cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked is again:
                for p in self.pending.values():
                    p.conflict = False  # the user asked to save what was typed
                self.retry()
            elif clicked is to_file:
                path = dialogs.get_save_path(self.w, translate("SaveGuard", "保存未保存的内容"), "未保存的填报内容.txt",
                                             translate("SaveGuard", "文本文件 (*.txt)"))
                if path and self.write_text_file(path):
                    self.pending.clear()
            else:
                return False
        return True

    def write_text_file(self, path: str) -> bool:
        from chizhou_desk.errors import InputError
        from chizhou_desk.files import atomic_target

        text = "\n\n".join(f"{p.describe()}\n{_text(p.wanted)}" for p in self.pending.values()) + "\n"
        try:
            with atomic_target(path, ".txt") as tmp:
                tmp.write_text(text, encoding="utf-8-sig")  # Notepad and WPS open it as UTF-8
        except (InputError, OSError) as exc:
            QMessageBox.warning(self.w, translate("SaveGuard", "无法保存"), str(exc))
            return False
        return True


def _text(value) -> str:
    if value is None:
        return ""
    return f"{value:.15g}" if isinstance(value, float) else str(value)
