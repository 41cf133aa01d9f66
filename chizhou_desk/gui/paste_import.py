"""文件 → 从剪贴板导入 (Ctrl+V where the focus is not in a text box): a table copied from a web
page, WPS, Word or a spreadsheet (HTML on the clipboard, or text with tabs) goes to the import
preview like a file."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from chizhou_desk.errors import InputError
from chizhou_desk.gui.popups import show_error

translate = QCoreApplication.translate


def add_action(w) -> QAction:
    """The menu entry under 导入; text boxes keep Ctrl+V for themselves (Qt's shortcut override)."""
    ui = w.ui
    action = QAction(translate("actions", "从剪贴板导入表格"), w)
    action.setObjectName("actionPasteImport")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: import_clipboard(w))
    actions = ui.menuFile.actions()
    at = actions.index(ui.actionImport)
    ui.menuFile.insertAction(actions[at + 1] if at + 1 < len(actions) else None, action)
    action.setEnabled(ui.actionImport.isEnabled())
    ui.actionImport.changed.connect(lambda: action.setEnabled(ui.actionImport.isEnabled()))  # a read-only store
    w.actionPasteImport = action
    return action


def import_clipboard(w):
    """The clipboard's table through the preview, then merged like an imported file."""
    from chizhou_desk.gui.import_actions import ImportFlow, check_then_merge, import_paths
    from chizhou_desk.imports.detect import propose_pasted

    mime = QApplication.clipboard().mimeData()
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime is not None and mime.hasUrls() else []
    if files:  # files copied in the file manager import like files dropped on the window
        return import_paths(w, files)
    html = mime.html() if mime is not None and mime.hasHtml() else ""
    text = mime.text() if mime is not None and mime.hasText() else ""
    w.flush_edits()
    flow = ImportFlow(w, [], lambda tables: check_then_merge(w, tables))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        proposal, checksum = propose_pasted(html, text, remembered=flow.remembered)
    except InputError as exc:
        QApplication.restoreOverrideCursor()
        flow.deleteLater()
        show_error(w, InputError(translate("actions", "剪贴板中的内容未能作为表格导入。") + str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    w.import_flow = flow
    flow.open_preview(proposal, translate("actions", "剪贴板"), checksum)
    return flow
