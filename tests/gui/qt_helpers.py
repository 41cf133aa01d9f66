"""Driving real widgets as a user does."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from chizhou_desk.gui import dialogs


def type_text(qtbot, widget, text: str, replace: bool = True) -> None:
    """Type as an input method does: keyClicks aborts on non-Latin-1 characters."""
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(qtbot, combo, text: str, *, data: bool = False) -> None:
    """Move a closed combo box with the arrow keys until it shows `text` (holds it as item data,
    with data=True), as a keyboard user does."""
    def now():
        return combo.currentData() if data else combo.currentText()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if now() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert now() == text, f"{text!r} not in {combo.objectName() or 'combo'}"


def click_row(qtbot, window, row: int) -> None:
    table = window.ui.taskTable
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_nos(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]


def answer_modals(handlers: list):
    """Answer the modal dialogs that exec() will open, in order; returns the timer (keep it)."""
    from PySide6.QtCore import QTimer

    pending = list(handlers)
    timer = QTimer()
    timer.setInterval(20)

    def tick():
        modal = QApplication.activeModalWidget()
        if modal is not None and pending:
            pending.pop(0)(modal)
        if not pending:
            timer.stop()
    timer.timeout.connect(tick)
    timer.start()
    return timer


def click_button(dialog, text: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text() == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {dialog.objectName()}")


def open_import_preview(window, monkeypatch, *paths):
    """文件 → 导入 with `paths` chosen in the file dialog; the import preview it opens, or None."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # an earlier, closed preview
    monkeypatch.setattr(dialogs, "get_open_paths", lambda *a: [str(p) for p in paths])
    window.ui.actionImport.trigger()
    return window.findChild(QDialog, "importPreview")


def import_ok(preview):
    """The preview's 导入 button."""
    return preview.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
