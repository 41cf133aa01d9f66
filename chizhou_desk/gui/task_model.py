"""The task table: rows of one period behind a sort proxy; filtering happens here, off the view."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from chizhou_desk.domain import LIGHT_COLOURS, NO_STATUS, UNFILLED, Light, StatusWords
from chizhou_desk.search_rows import RowTexts
from chizhou_desk.store import TaskRow

COL_NO, COL_TEXT, COL_LEAD, COL_STATUS, COL_LIGHT, COL_PROGRESS, COL_FILLED = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invalid index: a flat table's rows hang off the root


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[TaskRow] = []
        self.texts = RowTexts([])
        self.revision = 0  # a new set of rows (the status bar's counts are kept by it)
        self.edits: list[tuple[TaskRow, TaskRow]] = []  # (old, new) rows saved since, in order
        self._rows: list[TaskRow] = []
        self._lights: dict[int, Light] = {}
        self._light_of = None  # callable(TaskRow) -> Light: lights judged when a row is first shown
        self.light_reason = None  # callable(TaskRow) -> str, the 红黄绿灯 cell's tooltip
        self._accept = None  # callable(row) -> bool, or None for all
        self.commented: set[int] = set()  # tasks the office's comments concern (gui/office_verdict)
        self._headers = [self.tr("序号"), self.tr("重点工作任务"), self.tr("牵头单位"),
                         self.tr("工作评价"), self.tr("红黄绿灯"), self.tr("本期进展"),
                         self.tr("已填/未填")]
        self._light_labels = {Light.GREEN: self.tr("绿灯"), Light.YELLOW: self.tr("黄灯"),
                              Light.RED: self.tr("红灯"), Light.NONE: ""}
        self._state_words = {UNFILLED: self.tr("未填"), NO_STATUS: self.tr("未评价")}
        self.words = StatusWords()  # the plan's words: the 工作评价 column's colours
        self._brushes: dict[str, QBrush] = {}
        self._light_brushes = {k: QBrush(QColor(v)) for k, v in LIGHT_COLOURS.items()}
        self._attachments: dict[int, int] = {}  # task id -> files of its entry (佐证材料)

    # --- data in ------------------------------------------------------------------

    def set_rows(self, rows: list[TaskRow], lights, words: StatusWords | None = None) -> None:
        """`lights`: {task id: Light}, or a function judging a row's light, asked when the row is
        first shown or sorted (10,000 rows open without judging them all first)."""
        self.beginResetModel()
        self._all = rows
        self.revision += 1
        self.edits = []
        self.texts = RowTexts(rows)  # what the search box searches, kept in memory
        self._lights, self._light_of = (lights, None) if isinstance(lights, dict) else ({}, lights)
        if words is not None:
            self.words, self._brushes = words, {}
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, accept) -> None:
        self.beginResetModel()
        self._accept = accept
        self._rows = self._filtered()
        self.endResetModel()

    def update_row(self, row: TaskRow, light: Light) -> None:
        """Replace one task's row in place after an edit (the filter is not re-run)."""
        self._lights[row.id] = light
        self.texts.update(row)
        for i, old in enumerate(self._all):
            if old.id == row.id:
                self.edits.append((old, row))
                self._all[i] = row
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, COL_FILLED))

    def set_attachment_counts(self, counts: dict[int, int]) -> None:
        if counts != self._attachments:
            self._attachments = counts
            if self._rows:
                self.dataChanged.emit(self.index(0, COL_NO), self.index(len(self._rows) - 1, COL_NO))

    def attachment_count(self, task_id: int) -> int:
        return self._attachments.get(task_id, 0)

    def _filtered(self) -> list[TaskRow]:
        return list(self._all) if self._accept is None else [r for r in self._all if self._accept(r)]

    # --- data out -----------------------------------------------------------------

    def all_rows(self) -> list[TaskRow]:
        return self._all

    def visible_rows(self) -> list[TaskRow]:
        return self._rows

    def row_of(self, task_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == task_id), -1)

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            if col == COL_NO:
                return row.seq
            if col == COL_LIGHT:
                return ["red", "yellow", "green", "none"].index(self.light(row).value)
            return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return self._brush(row.state)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NO, COL_FILLED):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def light(self, row: TaskRow) -> Light:
        light = self._lights.get(row.id)
        if light is None:
            light = self._lights[row.id] = self._light_of(row) if self._light_of else Light.NONE
        return light

    def _decoration(self, row: TaskRow, col: int):
        if col == COL_LIGHT:
            light = self.light(row)
            return None if light is Light.NONE else self._light_brushes[light].color()
        if col == COL_NO and row.id in self.commented:  # the office's comments concern it
            return QColor("#e08e0b")
        if col == COL_NO and row.id in self._attachments:  # the entry has 佐证材料
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return None

    def _tooltip(self, row: TaskRow, col: int):
        if col == COL_LIGHT and self.light_reason:
            return self.light_reason(row)
        if col == COL_NO:
            tips = [self.tr("有办公室意见")] if row.id in self.commented else []
            n = self._attachments.get(row.id)
            tips += [self.tr("佐证材料 {0} 个").format(n)] if n else []
            return "；".join(tips) or None
        if col == COL_STATUS and row.status and not row.filled:
            return self.tr("工作评价“{0}”，还需填写进展情况").format(row.status)  # 未填, yet not lost
        if col in (COL_TEXT, COL_PROGRESS):
            return row.text if col == COL_TEXT else row.progress
        return None

    def _brush(self, state: str) -> QBrush:
        """The state's colour in the plan (the office may have set it), one brush a word."""
        if state not in self._brushes:
            self._brushes[state] = QBrush(QColor(self.words.colour(state)))
        return self._brushes[state]

    def _display(self, row: TaskRow, col: int):
        if col == COL_NO:
            return row.no
        if col == COL_TEXT:
            return row.text
        if col == COL_LEAD:
            return "、".join(row.lead_units)
        if col == COL_STATUS:  # the exports' and sheets' word: a status without progress is 未填
            return self._state_words.get(row.state, row.state)
        if col == COL_LIGHT:
            return self._light_labels[self.light(row)]
        if col == COL_PROGRESS:
            return row.progress.split("\n", 1)[0]
        if col == COL_FILLED:
            return self.tr("已填") if row.filled else self.tr("未填")
        return None


class TaskSortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE so 序号 sorts as numbers; filtering is the source model's job."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
