"""报送情况: which lead units have submitted for the period; sortable, printable, exportable, and
the 催报 list to copy; the office accepts or returns a unit's submission (采纳 / 退回…) and writes
its 审核意见单 for the liaison. The figures come from chizhou_desk.office (no SQL here)."""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from chizhou_desk import office
from chizhou_desk import periods as P
from chizhou_desk.gui import dialogs, table_fit
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.core_texts import core_lines, core_text

COL_NO, COL_UNIT, COL_STATE, COL_AT, COL_FILE, COL_TIMES, COL_REPORTED, COL_NO_REASON, COL_LATE, \
    COL_LIAISON, COL_PHONE, COL_REVIEW = range(12)
XLSX_FILTER = "Excel (*.xlsx)"
_MISSING = QColor("#c0392b")
_ROOT = QModelIndex()  # the invalid index: a flat table's rows hang off the root


# the core's column and state words, for lupdate; shown through _word()
_WORDS = (QT_TRANSLATE_NOOP("SubmissionsDialog", "序号"), QT_TRANSLATE_NOOP("SubmissionsDialog", "牵头单位"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "报送情况"), QT_TRANSLATE_NOOP("SubmissionsDialog", "报送时间"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "报送文件"), QT_TRANSLATE_NOOP("SubmissionsDialog", "报送次数"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "已填报/任务数"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "未达预期缺原因"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "逾期天数"), QT_TRANSLATE_NOOP("SubmissionsDialog", "联络员"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "联系电话"), QT_TRANSLATE_NOOP("SubmissionsDialog", "已报送"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "未报送"), QT_TRANSLATE_NOOP("SubmissionsDialog", "审核意见"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "退回"), QT_TRANSLATE_NOOP("SubmissionsDialog", "已采纳"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "已重报"),
          QT_TRANSLATE_NOOP("SubmissionsDialog", "由联合牵头单位报送"))


def _word(text: str) -> str:
    return QCoreApplication.translate("SubmissionsDialog", text)


class SubmissionsModel(QAbstractTableModel):
    """One row a lead unit; Qt.UserRole gives the sort key (numbers as numbers)."""

    def __init__(self, status: list | None = None, parent=None):
        super().__init__(parent)
        self.status = list(status or [])

    def set_status(self, status: list) -> None:
        self.beginResetModel()
        self.status = list(status)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.status)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(office.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _word(office.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.status[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = s.cells(index.row() + 1)[col]
            if col == COL_STATE:
                value = _word(value)
            elif col == COL_REVIEW:  # one line in the table; the tooltip has one comment a line
                value = QCoreApplication.translate("SubmissionsDialog", "；").join(core_lines(value.split("\n")))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(s, index.row(), col)
        if role == Qt.ItemDataRole.ForegroundRole and s.state in ("未报送", "退回"):
            return QBrush(_MISSING)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE and s.joint_leads:
            return QCoreApplication.translate("SubmissionsDialog", "其任务已由{0}报送").format("、".join(s.joint_leads))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FILE and s.files:
            return "\n".join(s.files)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_STATE, COL_REVIEW) and s.review_reason:
            return "\n".join(core_lines(s.review_reason.split("\n")))
        return None

    @staticmethod
    def _sort_key(s, row: int, col: int):
        keys = {COL_NO: row, COL_STATE: office.STATES.index(s.state), COL_AT: s.submitted_at or "",
                COL_TIMES: s.times, COL_REPORTED: (s.reported / s.total if s.total else 0, s.total),
                COL_NO_REASON: s.behind_without_reason, COL_LATE: s.days_late}
        if col in keys:
            return keys[col]
        return str(s.cells(row + 1)[col] or "")


class SubmissionsProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class SubmissionsDialog(QDialog):
    def __init__(self, store, period_key: str, parent=None, folder: str = ""):
        super().__init__(parent)
        self.setObjectName("submissionsDialog")
        self.store, self.period_key, self.folder = store, period_key, folder
        self.setWindowTitle(self.tr("报送情况 — {0}").format(PT.long_label(period_key)))
        self.resize(1000, 520)
        self.summary = QLabel(self)
        self.summary.setObjectName("submissionsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SubmissionsModel(parent=self)
        self.proxy = SubmissionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("submissionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)  # 采纳/退回 judge one unit
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_FILE, 200)
        self.table.horizontalHeader().setSectionResizeMode(COL_REVIEW, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copyButton = self._button(buttons, "copyChaseButton", self.tr("复制催报名单"),
                                       self.copy_chase_list)
        self.printButton = self._button(buttons, "printButton", self.tr("打印…"), self.print_table)
        self.exportButton = self._button(buttons, "exportButton", self.tr("导出Excel…"), self.export_xlsx)
        from chizhou_desk.gui.review_dialog import ReviewButtons

        self.review = ReviewButtons(self)  # 采纳 · 退回… · 导出审核意见单… for the selected unit
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.review.bar)
        layout.addWidget(buttons)
        self.refresh()
        table_fit.widen_to_columns(self, self.table)

    def _button(self, box, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        self.model.set_status(office.submission_status(self.store, self.period_key))
        status = self.model.status
        done = sum(s.submitted for s in status)
        joint = sum(s.state == office.JOINT for s in status)
        text = self.tr("牵头单位 {0} 个：已报送 {1} 个，未报送 {2} 个").format(
            len(status), done, len(office.missing(status)))
        if joint:
            text += self.tr("，由联合牵头单位报送 {0} 个").format(joint)
        self.summary.setText(text + self._review_counts(status))

    def _review_counts(self, status) -> str:
        counts = [sum(s.state == w for s in status) for w in ("已采纳", "退回")]
        return self.tr("(已采纳 {0} 个，退回 {1} 个)").format(*counts) if any(counts) else ""

    def selected_status(self):
        """The UnitStatus of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.status[self.proxy.mapToSource(rows[0]).row()]

    def title(self) -> str:
        return P.long_label(self.period_key) + "重点工作报送情况"

    def chase_text(self) -> str:
        return office.chase_text(self.model.status, P.label(self.period_key))

    def copy_chase_list(self) -> str:
        text = self.chase_text()
        QGuiApplication.clipboard().setText(text)
        self.summary.setText(self.summary.text().split(" — ")[0] + self.tr(" — 催报名单已复制"))
        return text

    def print_table(self) -> None:
        from chizhou_desk.gui import printing

        printing.print_preview(self, office.html_table(self._sorted_status(), self.title()), landscape=True,
                               title=self.title())

    def _sorted_status(self) -> list:
        """The rows in the order the table shows them."""
        return [self.model.status[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                for i in range(self.proxy.rowCount())]

    def export_xlsx(self) -> str | None:
        from pathlib import Path

        default = str(Path(self.folder or Path.home()) / f"{self.title()}.xlsx")
        path = dialogs.get_save_path(self, self.tr("导出报送情况"), default, XLSX_FILTER)
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            office.export_status_xlsx(self._sorted_status(), path, self.title())
        except Exception as exc:  # noqa: BLE001  InputError or OSError: said, not raised into Qt
            QMessageBox.warning(self, self.tr("导出失败"), core_text(str(exc)))
            return None
        self.summary.setText(self.summary.text().split(" — ")[0] + self.tr(" — 已导出：{0}").format(path))
        return path
