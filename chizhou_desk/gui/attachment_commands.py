"""Undo steps of 佐证材料: each wraps a change the box has already written (the first redo does
nothing), so a refused file is reported before anything reaches the window's QUndoStack."""

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from chizhou_desk import store_attachments as SA
from chizhou_desk.errors import InputError


class _Applied(QUndoCommand):
    def __init__(self, text: str, store, done, failed):
        super().__init__(text)
        self.store, self.done, self.failed = store, done, failed  # done(): refresh; failed(exc)
        self._first = True

    def _run(self, step) -> None:
        try:
            step()
        except (InputError, sqlite3.Error, OSError) as exc:  # the period closed meanwhile, a locked file
            self.setObsolete(True)
            self.failed(exc)
            return
        self.done()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_step)

    def do(self) -> None:
        raise NotImplementedError

    def undo_step(self) -> None:
        raise NotImplementedError


class AddAttachmentsCommand(_Applied):
    def __init__(self, store, ids: list[int], label: str, done, failed):
        super().__init__(QCoreApplication.translate("attachments", "附加佐证材料(第{0}项)").format(label),
                         store, done, failed)
        self.ids = ids
        self.rows: list[dict] = []

    def undo_step(self) -> None:
        self.rows = [SA.remove(self.store, i) for i in self.ids]

    def do(self) -> None:
        for row in self.rows:
            SA.put_back(self.store, row)


class RemoveAttachmentCommand(_Applied):
    def __init__(self, store, row: dict, label: str, done, failed):
        super().__init__(QCoreApplication.translate("attachments", "删除佐证材料(第{0}项)").format(label),
                         store, done, failed)
        self.row = row

    def undo_step(self) -> None:
        SA.put_back(self.store, self.row)

    def do(self) -> None:
        self.row = SA.remove(self.store, self.row["id"])


class RenameAttachmentCommand(_Applied):
    def __init__(self, store, attachment_id: int, old: str, new: str, label: str, done, failed):
        super().__init__(QCoreApplication.translate("attachments", "重命名佐证材料(第{0}项)").format(label),
                         store, done, failed)
        self.attachment_id, self.old, self.new = attachment_id, old, new

    def undo_step(self) -> None:
        SA.rename(self.store, self.attachment_id, self.old)

    def do(self) -> None:
        SA.rename(self.store, self.attachment_id, self.new)
