"""One QUndoCommand per user edit; the stack is injected by the window."""

from PySide6.QtGui import QUndoCommand

FIELD_NAMES = {"status": "工作评价", "progress": "进展情况", "plan": "近期工作安排", "reason": "未达预期原因",
               "indicator": "指标值", "rank": "位次", "comment": "备注"}


class EditEntryCommand(QUndoCommand):
    """Set one field of a task's entry; redo writes the new value, undo writes the old one back."""

    def __init__(self, store, task_id: int, period_key: str, field: str, old, new, applied,
                 author: str = "", label: str = ""):
        super().__init__(f"修改{FIELD_NAMES.get(field, field)}" + (f"(第{label}项)" if label else ""))
        self.store, self.task_id, self.period_key = store, task_id, period_key
        self.field, self.old, self.new = field, old, new
        self.applied = applied  # callback(task_id, field, value) refreshing table and editor
        self.author = author

    def _apply(self, value) -> None:
        self.store.save_entry(self.task_id, self.period_key, {self.field: value}, self.author)
        self.applied(self.task_id, self.field, value)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
