"""办公室意见 in the progress editor: what the city office said about the selected task when it
returned the unit's submission (or that it accepted it), as its 审核意见单 brought it into this
database (core: Store.reviews, store_review.task_note; no SQL here). A label of its own under the
task's units and target, so the editor's layout stays the editor's."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from chizhou_desk.gui.core_texts import review_text
from chizhou_desk.store_review import task_note


class OfficeNote(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("officeNote")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_returned(True)
        self.hide()

    def set_returned(self, returned: bool) -> None:
        """A return's comments in red; an acceptance is information, in blue."""
        self.setProperty("returned", returned)
        self.setStyleSheet(_RETURNED if returned else _ACCEPTED)


_RETURNED = "QLabel#officeNote { color: #a61b1b; background: #fdecea; border: 1px solid #f3b7b0; padding: 4px; }"
_ACCEPTED = "QLabel#officeNote { color: #1d4f7a; background: #e8f1fb; border: 1px solid #b6d0ea; padding: 4px; }"


def note_label(editor) -> OfficeNote:
    """The editor's 办公室意见 label, made on first use under the units and target lines."""
    label = editor.findChild(OfficeNote, "officeNote")
    if label is None:
        label = OfficeNote(editor)
        layout = editor.ui.editorLayout
        layout.insertWidget(layout.indexOf(editor.ui.targetLabel) + 1, label)
    return label


def show_for(window, row) -> None:
    """Show the office's comment on `row` (a TaskRow of the window's period), or hide the label."""
    editor = window.editor_if_built()
    if editor is None:
        return
    text, returned = "", False
    if row is not None and window.period_key is not None:
        reviews = window.store.reviews(window.period_key)
        text = task_note(reviews, row)
        returned = any(reviews[u].returned for u in row.lead_units if u in reviews)
    label = note_label(editor) if text else editor.findChild(OfficeNote, "officeNote")
    if label is None:
        return
    label.set_returned(returned)
    label.setText(QCoreApplication.translate("OfficeNote", "办公室意见：") + "\n" + review_text(text) if text else "")
    label.setVisible(bool(text))
