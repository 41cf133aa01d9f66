"""The main window's two ways to show something: a window-modal dialog deleted once closed, and an
error message (a core message in the window's language)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox


def open_window_modal(dialog):
    """Window-modal without blocking; the dialog is deleted once closed (its results are read
    in the finished handlers, before that)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_error(w, exc: Exception) -> None:
    from chizhou_desk.gui.core_texts import core_text

    QMessageBox.warning(w, QCoreApplication.translate("actions", "出错了"), core_text(str(exc)))
