"""Every file dialog goes through here, so tests can replace these functions."""

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget


def get_open_path(parent: QWidget | None, title: str, directory: str, name_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return path


def get_open_paths(parent: QWidget | None, title: str, directory: str, name_filter: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, name_filter)
    return paths


def get_save_path(parent: QWidget | None, title: str, default_path: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, default_path, name_filter)
    return path


def open_folder(path: str) -> None:
    """Show a folder in the desktop's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def get_item(parent: QWidget | None, title: str, label: str, items: list[str], current: int) -> str | None:
    """One choice out of a list (QInputDialog), or None when cancelled."""
    item, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return item if ok else None


def get_colour(parent: QWidget | None, title: str, current: str) -> str | None:
    """A colour as #rrggbb (QColorDialog), or None when cancelled."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    colour = QColorDialog.getColor(QColor(current), parent, title)
    return colour.name() if colour.isValid() else None
