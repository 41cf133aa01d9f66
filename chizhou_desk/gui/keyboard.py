"""Keyboard use of the main window: Tab leaves the table, Enter/F2 edit, F6 switches panes,
Ctrl+Enter saves and goes to the next unfilled task, Ctrl+Z is the window's undo everywhere."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from chizhou_desk.domain import carried_over

# key, what it does: the 帮助 → 使用说明 page and the README list these
KEYS = (("Enter / F2", "从任务表进入“进展情况”"),
        ("F6", "在任务表与填报区之间切换"),
        ("Tab / Shift+Tab", "在各栏之间移动(任务表内不逐格移动)"),
        ("Alt+W / J / A / Y", "工作评价 / 进展情况 / 近期工作安排 / 原因"),
        ("Alt+N / Alt+K", "本期填报 / 上期填报"),
        ("Ctrl+Enter", "保存并转到本单位下一项未填任务"),
        ("Ctrl+Z / Ctrl+Shift+Z", "撤销 / 重做上一次保存的修改(在文本框内也一样)"),
        ("Ctrl+F", "搜索"), ("Esc", "在搜索框中：清除搜索，回到任务表"),
        ("Ctrl+E", "导出报送表"), ("Ctrl+P", "打印"))

_UNDO = (QKeySequence.StandardKey.Undo,)
_REDO = (QKeySequence.StandardKey.Redo,)


class _TableKeys(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            focus_editor(self.window, progress=True)
            return True
        return False


class _UndoKeys(QObject):
    """Ctrl+Z in a text box undoes the window's last saved edit, not the box's own typing."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def _which(self, event):
        combo = event.keyCombination().toCombined()
        extra = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
        if any(event.matches(k) for k in _UNDO):
            return "undo"
        if any(event.matches(k) for k in _REDO) or any(QKeySequence(combo) == k for k in extra):
            return "redo"
        return None

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        which = self._which(event)
        if which is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes to us, not to a window shortcut or the box
            return True
        run_undo(self.window, which)
        return True


def run_undo(window, which: str) -> None:
    window.flush_edits()  # typing not yet saved joins the last step first (mergeWith)
    stack = window.undo
    if which == "undo" and stack.canUndo():
        stack.undo()
    elif which == "redo" and stack.canRedo():
        stack.redo()


def install(window) -> None:
    table = window.ui.taskTable
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    window.ui.editorScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # frameless: a Tab stop nothing shows
    window._table_keys = _TableKeys(window)
    table.installEventFilter(window._table_keys)
    window._undo_keys = _UndoKeys(window)
    for key in ("F6",):
        QShortcut(QKeySequence(key), window, lambda: switch_pane(window),
                  context=Qt.ShortcutContext.WindowShortcut)
    # Esc in the search box: the whole list again, and the keyboard back in the table
    QShortcut(QKeySequence("Esc"), window.ui.searchEdit, lambda: leave_search(window),
              context=Qt.ShortcutContext.WidgetShortcut)
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(key), window, lambda: save_and_next(window),
                  context=Qt.ShortcutContext.WindowShortcut)
    for w in (window.ui.searchEdit, window.ui.unitCombo.lineEdit()):
        w.installEventFilter(window._undo_keys)
    # a closed period's "(已关闭)" is part of the name: the box is as wide as its longest entry
    window.ui.periodCombo.setSizeAdjustPolicy(window.ui.periodCombo.SizeAdjustPolicy.AdjustToContents)


def leave_search(window) -> None:
    window.ui.searchEdit.clear()
    window.ui.taskTable.setFocus(Qt.FocusReason.ShortcutFocusReason)


def attach_editor(window, editor) -> None:
    """Called once the editor exists (it is built after the table paints, at start-up)."""
    for w in (*editor._widgets.values(), editor.ui.statusCombo):
        w.installEventFilter(window._undo_keys)


def focus_editor(window, progress: bool = False) -> None:
    editor = window.editor
    editor.ui.editorTabs.setCurrentIndex(0)
    target = editor.ui.progressEdit if progress or not editor.ui.statusCombo.isEnabled() \
        else editor.ui.statusCombo
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def switch_pane(window) -> None:
    focus = QApplication.focusWidget()
    editor = window.editor_if_built()
    if editor is not None and focus is not None and editor.isAncestorOf(focus):
        window.ui.taskTable.setFocus(Qt.FocusReason.ShortcutFocusReason)
    else:
        focus_editor(window)


def save_and_next(window) -> None:
    """Save what is typed and go to the next task of my unit (本单位, else the unit shown) that
    has no progress yet; wraps around the table once. A status chosen without progress is said
    first (the task stays); pressed again, it moves on."""
    window.flush_edits()
    if _status_without_progress(window):
        return
    unit = window.settings.own_unit or window.current_unit()
    ids = window.store.task_ids_for(unit=unit) if unit else None
    proxy, table = window.proxy, window.ui.taskTable
    start = table.currentIndex().row()
    count = proxy.rowCount()
    for step in range(1, count + 1):
        i = (start + step) % count
        row = proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 1)
        if not row.filled and (ids is None or row.id in ids):
            table.selectRow(i)
            table.scrollTo(proxy.index(i, 0))
            focus_editor(window, progress=True)
            return
    done = QCoreApplication.translate("MainWindow", "{0}的任务已全部填报")
    window.statusBar().showMessage(done.format(unit or QCoreApplication.translate("MainWindow", "全部单位")), 5000)


def _status_without_progress(window) -> bool:
    """Say once that the current task has a status but no progress (not a report yet) and keep it."""
    row = window.current_row()
    if row is None or row.filled or not row.status or getattr(window, "_said_status_only", None) == row.id:
        return False
    window._said_status_only = row.id
    editor = window.editor_if_built()
    prev = editor.prev if editor is not None and editor.row is not None and editor.row.id == row.id else None
    if carried_over(row.status, row.progress, prev.status if prev is not None else None):
        text = QCoreApplication.translate("MainWindow",
                                          "第{0}项的“{1}”沿用上期，还需填写进展情况；再按 Ctrl+Enter 转到下一项")
    else:
        text = QCoreApplication.translate("MainWindow",
                                          "第{0}项已选“{1}”，还需填写进展情况；再按 Ctrl+Enter 转到下一项")
    window.statusBar().showMessage(text.format(row.no, row.status), 8000)
    focus_editor(window, progress=True)
    return True
