"""The import preview's sheet: the file's rows as read, the user's corrections on top (a Qt model
over imports.corrections), and the actions that mark rows. Row 0 holds the role combos. Each
correction is a step on the model's QUndoStack (Ctrl+Z / Ctrl+Shift+Z in the sheet)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTableView

from chizhou_desk.imports import corrections as C
from chizhou_desk.imports.engine import col_letter
from chizhou_desk.imports.grid import Grid

HEADER_BRUSH = QBrush(QColor("#fff3b0"))
REFUSED_BRUSH = QBrush(QColor("#ffd9d0"))  # the row a refusal names
MARK_BRUSHES = {C.SECTION: QBrush(QColor("#dbe9ff")), C.CONTINUE: QBrush(QColor("#e6f4df")),
                C.SKIP: QBrush(QColor("#e4e4e4")), C.TASK: QBrush(QColor("#ffffff"))}
SKIPPED_PEN = QBrush(QColor("#8a8a8a"))
# the marks as the menu and the row numbers name them, with their keys
MARK_LABELS = {
    C.TASK: (QT_TRANSLATE_NOOP("PreviewGrid", "标为任务"), QT_TRANSLATE_NOOP("PreviewGrid", "任务"), "Ctrl+T"),
    C.SECTION: (QT_TRANSLATE_NOOP("PreviewGrid", "标为分组标题"), QT_TRANSLATE_NOOP("PreviewGrid", "标题"), "Ctrl+G"),
    C.CONTINUE: (QT_TRANSLATE_NOOP("PreviewGrid", "标为接上一行(并入上一项任务)"),
                 QT_TRANSLATE_NOOP("PreviewGrid", "接上"), "Ctrl+J"),
    C.SKIP: (QT_TRANSLATE_NOOP("PreviewGrid", "标为不属于清单(不导入)"), QT_TRANSLATE_NOOP("PreviewGrid", "不导入"),
             "Delete"),
}


def _tr(text) -> str:
    return QCoreApplication.translate("PreviewGrid", str(text))


class _Step(QUndoCommand):
    """One correction, as the marks and edits before and after it."""

    def __init__(self, model: "GridModel", text: str, before, after):
        super().__init__(text)
        self.model, self.before, self.after = model, before, after

    def redo(self) -> None:
        self.model.restore(*self.after)

    def undo(self) -> None:
        self.model.restore(*self.before)


class GridModel(QAbstractTableModel):
    """One grid of the file with the user's edits and marks; `changed` once the user corrected."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = Grid("", [])
        self.fixes = C.Corrections()
        self.width = 0
        self.header: set[int] = set()
        self.flagged: int | None = None
        self.undo = QUndoStack(self)

    def show(self, grid: Grid, width: int, header: set[int], fixes: C.Corrections) -> None:
        if fixes is not self.fixes:  # another sheet: its own corrections
            self.undo.clear()
        self.beginResetModel()
        self.grid, self.width, self.header, self.fixes, self.flagged = grid, width, header, fixes, None
        self.endResetModel()

    # grid row r is the model's row r + 1
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.grid.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, c = index.row() - 1, index.column()
        if r < 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            text = self.fixes.cell(self.grid, r, c)
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")[:80]
            return text[:500] if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.BackgroundRole:
            if r == self.flagged:
                return REFUSED_BRUSH
            if r in self.fixes.marks:
                return MARK_BRUSHES[self.fixes.marks[r]]
            return HEADER_BRUSH if r in self.header else None
        if role == Qt.ItemDataRole.ForegroundRole and self.fixes.marks.get(r) == C.SKIP:
            return SKIPPED_PEN
        if role == Qt.ItemDataRole.FontRole and (r, c) in self.fixes.edits:
            font = QFont()
            font.setBold(True)  # what the user typed stands out
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return col_letter(section)
        if section == 0:
            return _tr(QT_TRANSLATE_NOOP("PreviewGrid", "含义"))
        mark = self.fixes.marks.get(section - 1)
        return f"{section} {_tr(MARK_LABELS[mark][1])}" if mark else str(section)

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.row() > 0 else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.row() < 1:
            return False
        self._step(_tr(QT_TRANSLATE_NOOP("PreviewGrid", "修改单元格")),
                   lambda: self.fixes.edit(self.grid, index.row() - 1, index.column(), str(value)))
        return True

    def mark(self, rows: list[int], mark: str | None) -> None:
        """Mark grid rows (None: as the engine reads them)."""
        if rows:
            label = MARK_LABELS[mark][0] if mark else QT_TRANSLATE_NOOP("PreviewGrid", "取消标记")
            self._step(_tr(label), lambda: self.fixes.mark(rows, mark))

    def _step(self, text: str, change) -> None:
        """Make a correction as a step the user can undo."""
        before = (dict(self.fixes.marks), dict(self.fixes.edits))
        change()
        after = (dict(self.fixes.marks), dict(self.fixes.edits))
        if after != before:
            self.undo.push(_Step(self, text, before, after))  # its first redo shows it

    def restore(self, marks: dict, edits: dict) -> None:
        self.fixes.marks, self.fixes.edits = dict(marks), dict(edits)
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(1, 0), self.index(last, max(0, self.width - 1)))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 1, last)
        self.changed.emit()

    def flag(self, row: int | None) -> None:
        """Colour the grid row a refusal names (None: no row)."""
        old, self.flagged = self.flagged, row
        for r in {old, row} - {None}:
            if r is not None and r < len(self.grid.rows):
                self.dataChanged.emit(self.index(r + 1, 0), self.index(r + 1, max(0, self.width - 1)))


def add_mark_actions(view: QTableView, model: GridModel) -> list[QAction]:
    """The context menu's and keys' marks for the selected rows (the view's ActionsContextMenu)."""
    actions = []

    def rows() -> list[int]:
        """The selected rows, or the current one when it is not among them."""
        current = view.currentIndex().row() - 1
        picked = {i.row() - 1 for i in view.selectionModel().selectedIndexes()}
        return sorted(r for r in (picked if current in picked else {current}) if r >= 0)

    for key, (label, _short, keys) in [*MARK_LABELS.items(), (None, (
            QT_TRANSLATE_NOOP("PreviewGrid", "按程序的识别(取消标记)"), "", "Ctrl+R"))]:
        action = QAction(_tr(label), view)
        action.setObjectName(f"markRow_{key or 'auto'}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _c=False, key=key: model.mark(rows(), key))
        view.addAction(action)
        actions.append(action)
    undo = model.undo.createUndoAction(view, _tr(QT_TRANSLATE_NOOP("PreviewGrid", "撤销")))
    redo = model.undo.createRedoAction(view, _tr(QT_TRANSLATE_NOOP("PreviewGrid", "重做")))
    for action, standard, name in ((undo, QKeySequence.StandardKey.Undo, "undoCorrection"),
                                   (redo, QKeySequence.StandardKey.Redo, "redoCorrection")):
        action.setObjectName(name)
        action.setShortcuts(QKeySequence.keyBindings(standard))  # Ctrl+Shift+Z and Ctrl+Y
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(action)
        actions.append(action)
    return actions
