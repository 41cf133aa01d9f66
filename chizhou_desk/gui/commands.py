"""One QUndoCommand per user edit; the stack is injected by the window."""

import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from chizhou_desk.errors import InputError

# shown through QCoreApplication.translate("commands", …)
FIELD_NAMES = {"status": str(QT_TRANSLATE_NOOP("commands", "工作评价")),
               "progress": str(QT_TRANSLATE_NOOP("commands", "进展情况")),
               "next_steps": str(QT_TRANSLATE_NOOP("commands", "近期工作安排")),
               "reason": str(QT_TRANSLATE_NOOP("commands", "未达预期原因")),
               "indicator": str(QT_TRANSLATE_NOOP("commands", "指标值")),
               "rank": str(QT_TRANSLATE_NOOP("commands", "位次")),
               "comment": str(QT_TRANSLATE_NOOP("commands", "备注")),
               "indicator_target": str(QT_TRANSLATE_NOOP("commands", "指标目标值"))}
TASK_FIELDS = ("indicator_target",)  # fields of the task itself, the same in every period


class EditEntryCommand(QUndoCommand):
    """Set one field of a task's entry; redo writes the new value, undo writes the old one back."""

    def __init__(self, store, task_id: int, period_key: str, field: str, old, new, applied,
                 author: str = "", label: str = "", failed=None):
        name = QCoreApplication.translate("commands", FIELD_NAMES.get(field, field))
        text = QCoreApplication.translate("commands", "修改{0}").format(name)
        if label:
            text += QCoreApplication.translate("commands", "(第{0}项)").format(label)
        super().__init__(text)
        self.store, self.task_id, self.period_key = store, task_id, period_key
        self.field, self.old, self.new = field, old, new
        self.applied = applied  # callback(task_id, period_key, field, value) refreshing the window
        # callback(command, value wanted, value still stored, error) when the store refused the write
        self.failed = failed
        self.author = author
        self.label = label

    def _apply(self, value, other) -> None:
        # `other` is the value the editor loaded: a stored value that differs was changed
        # elsewhere (another window, an import) and is not overwritten (StaleValue)
        try:
            if self.field in TASK_FIELDS:
                self.store.set_indicator_target(self.task_id, value, expected=other)
            else:
                self.store.save_entry(self.task_id, self.period_key, {self.field: value}, self.author,
                                      expected={self.field: other})
        except (InputError, sqlite3.Error, OSError) as exc:
            # nothing was written: an obsolete command leaves the stack (Qt deletes it)
            self.setObsolete(True)
            if self.failed is not None:
                self.failed(self, value, other, exc)
            return
        self.applied(self.task_id, self.period_key, self.field, value)

    def id(self) -> int:
        return 14  # mergeWith decides: the same field of the same task in the same period

    def mergeWith(self, other) -> bool:
        """Autosaves of one field while typing become one undo step (the first old value,
        the last new one); typing back to the start leaves no step at all."""
        if not isinstance(other, EditEntryCommand) or other.isObsolete() or self.isObsolete() \
                or (other.task_id, other.period_key, other.field) != (self.task_id, self.period_key, self.field):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._apply(self.new, self.old)

    def undo(self) -> None:
        self._apply(self.old, self.new)
