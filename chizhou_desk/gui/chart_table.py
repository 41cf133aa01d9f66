"""The status × unit table (charts.status_table) as a Qt table in the chart pane: readable at any
pane size (it scrolls), where the A4 figure shrunk into the pane was not; print and save still
use the one-page figure."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

TOTAL_BACKGROUND = "#f2f2f2"


class StatusTableView(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # rows as dense as the task table
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)

    def show_table(self, data) -> None:
        """Fill from a charts.StatusTable: counts centred, each cell tinted by its worst light."""
        self.clear()
        self.setColumnCount(len(data.header))
        self.setRowCount(len(data.cells) + 1)
        self.setHorizontalHeaderLabels(data.header)
        self.setToolTip(data.title + "\n" + data.note)
        self.setAccessibleName(data.title)
        rows = [*zip(data.cells, data.colours, strict=True), (data.totals, [TOTAL_BACKGROUND] * len(data.header))]
        for r, (cells, colours) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setBackground(QBrush(QColor(colours[c])))
                item.setForeground(QBrush(QColor("#202020")))  # tints are light in a dark theme too
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                else:
                    item.setToolTip(str(value))
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(data.header)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
