"""Small dialogs: the first-run unit choice, a task's change history, the next period."""

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from chizhou_desk.gui.commands import FIELD_NAMES


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def unit_choices(store) -> tuple[list[str], dict[str, str]]:
    """The list's lead units in task order, then the registry's other units; with search terms."""
    listed = store.unit_list()
    names = list(dict.fromkeys([*store.lead_unit_names(), *(u["name"] for u in listed)]))
    terms = {u["name"]: " ".join([u.get("short") or "", *u.get("aliases", [])]) for u in listed}
    return names, terms


class UnitDialog(QDialog):
    """Which unit is 本单位, and who fills in (first run, and 编辑 → 本单位与填报人)."""

    def __init__(self, units: list[str], current: str | None, filler: dict, parent=None,
                 lang: str = "", terms: dict[str, str] | None = None):
        """`units`: the names offered; `terms`: name -> the text a search matches (short name, aliases)."""
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.setWindowTitle(self.tr("本单位与填报人"))
        self.units, self.terms = list(units), terms or {}
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("请选择本单位，任务表将默认只显示本单位牵头的任务。")))
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("unitSearch")
        self.searchEdit.setPlaceholderText(self.tr("输入全称、简称或其中几个字筛选"))
        self.searchEdit.setClearButtonEnabled(True)
        self.unitCombo = QComboBox(self)
        self.unitCombo.setObjectName("ownUnitCombo")
        self.unitCombo.setMaxVisibleItems(20)
        self.noMatchLabel = QLabel(self, objectName="unitNoMatch", styleSheet="color: #c0392b;")
        self.noMatchLabel.setTextFormat(Qt.TextFormat.PlainText)  # the typed text is shown as is
        self.buttons = _buttons(self)
        self._fill(current)
        self.searchEdit.textChanged.connect(lambda _t: self._fill(self.unitCombo.currentData()))
        form.addRow(self.tr("查找单位"), self.searchEdit)
        form.addRow("", self.noMatchLabel)
        self.nameEdit = QLineEdit(filler.get("name", ""), self)
        self.phoneEdit = QLineEdit(filler.get("phone", ""), self)
        self.reviewerEdit = QLineEdit(filler.get("reviewer", ""), self)
        form.addRow(self.tr("本单位"), self.unitCombo)
        form.addRow(self.tr("填报人"), self.nameEdit)
        form.addRow(self.tr("联系电话"), self.phoneEdit)
        form.addRow(self.tr("审核人"), self.reviewerEdit)
        self.langCombo = QComboBox(self)
        self.langCombo.setObjectName("langCombo")
        self.langCombo.addItem("简体中文", "zh_CN")
        self.langCombo.addItem("English", "en")
        self.langCombo.setCurrentIndex(max(0, self.langCombo.findData(lang or "zh_CN")))
        form.addRow(self.tr("界面语言(重启后生效)"), self.langCombo)
        form.addRow(self.buttons)

    def _fill(self, current: str | None) -> None:
        """The units the search text names as people abbreviate them (发改, 人社局, fgw), the best
        first; the choice kept if shown."""
        from chizhou_desk.unit_match import rank

        needle = "".join(self.searchEdit.text().split())
        shown = rank(needle, self.units, {u: t.split() for u, t in self.terms.items()}) if needle else self.units
        self.unitCombo.clear()
        if not needle:
            self.unitCombo.addItem(self.tr("全部单位(不指定本单位)"), None)
        for name in shown:
            self.unitCombo.addItem(name, name)
        if current and self.unitCombo.findData(current) >= 0:
            self.unitCombo.setCurrentIndex(self.unitCombo.findData(current))
        # nothing found: say so, and 确定 must not quietly clear 本单位
        self.noMatchLabel.setText(self.tr("没有含“{0}”的单位，请换个写法").format(needle)
                                  if needle and not shown else "")
        self.noMatchLabel.setVisible(bool(needle and not shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(shown) or not needle)

    def unit(self) -> str | None:
        return self.unitCombo.currentData()

    def lang(self) -> str:
        return self.langCombo.currentData()

    def filler(self) -> dict:
        return {"name": self.nameEdit.text().strip(), "phone": self.phoneEdit.text().strip(),
                "reviewer": self.reviewerEdit.text().strip()}


class HistoryDialog(QDialog):
    def __init__(self, title: str, log: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(log), 5, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("项目"), self.tr("原值"), self.tr("新值"), self.tr("修改人")])
        for i, item in enumerate(reversed(log)):
            field = QCoreApplication.translate("commands", FIELD_NAMES.get(item["field"], item["field"]))
            values = [item["at"].replace("T", " ")[:16], field, item["old"] or "", item["new"] or "",
                      item["author"] or ""]
            for j, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setToolTip(v)
                self.table.setItem(i, j, cell)
        # the old and new texts are what the dialog is for: they take the width and wrap
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        layout.addWidget(QLabel(self.tr("共 {0} 条修改记录(最新在上)").format(len(log))))
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)


def show_history(w, row) -> None:
    """The selected task's changes in the window's period (编辑 → 修改记录)."""
    if row is None:
        return
    log = w.store.entry_log(row.id, w.period_key)
    title = QCoreApplication.translate("HistoryDialog", "第{0}项 修改记录").format(row.no)
    dialog = HistoryDialog(title, log, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def suggested_due_date(key: str | None) -> QDate:
    """Reports are due some days after the period ends; never so soon that every task turns
    yellow (临近报送截止) the day the period is made."""
    from datetime import date, timedelta

    from chizhou_desk.lights import DEFAULT_DUE_DAYS, NEAR_DAYS, period_end

    due = period_end(key) + timedelta(days=DEFAULT_DUE_DAYS) if key else date.today()
    due = max(due, date.today() + timedelta(days=2 * NEAR_DAYS))
    return QDate(due.year, due.month, due.day)


class NewPeriodDialog(QDialog):
    """The period to add (any month of the plan's year not there yet: 1-6月 after 1-3月 too)."""

    def __init__(self, choices: list[tuple[str, str]], default: str, parent=None):
        super().__init__(parent)
        self.setObjectName("newPeriodDialog")
        self.setWindowTitle(self.tr("新建期间"))
        form = QFormLayout(self)
        self.keyCombo = QComboBox(self)
        self.keyCombo.setObjectName("newPeriodCombo")
        for key, label in choices:
            self.keyCombo.addItem(label, key)
        self.keyCombo.setCurrentIndex(max(0, self.keyCombo.findData(default)))
        form.addRow(self.tr("期间"), self.keyCombo)
        self.carryStatus = QCheckBox(self.tr("沿用上期的工作评价"), self)
        self.carryStatus.setChecked(True)
        self.copyTexts = QCheckBox(self.tr("复制上期的进展和安排文字(否则留空)"), self)
        self.dueDate = QDateEdit(self, calendarPopup=True)
        self.dueDate.setDate(suggested_due_date(self.key()))
        self.keyCombo.currentIndexChanged.connect(lambda _i: self.dueDate.setDate(suggested_due_date(self.key())))
        self.hasDueDate = QCheckBox(self.tr("设置报送截止日期"), self)
        self.hasDueDate.setChecked(True)
        self.hasDueDate.toggled.connect(self.dueDate.setEnabled)
        self.copyTexts.setToolTip(self.tr("复制的进展须按本期情况改写；导出前的检查会列出与上期完全相同的进展"))
        form.addRow(self.carryStatus)
        form.addRow(self.copyTexts)
        form.addRow(self.hasDueDate, self.dueDate)  # the box and its date side by side
        form.addRow(_buttons(self))

    def key(self) -> str:
        return self.keyCombo.currentData()

    def due_date(self) -> str | None:
        if not self.hasDueDate.isChecked():
            return None
        return self.dueDate.date().toString(Qt.DateFormat.ISODate)


class DueDateDialog(QDialog):
    def __init__(self, current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("报送截止日期"))
        form = QFormLayout(self)
        self.dueDate = QDateEdit(self, calendarPopup=True)
        date = QDate.fromString(current or "", Qt.DateFormat.ISODate)
        self.dueDate.setDate(date if date.isValid() else QDate.currentDate())
        form.addRow(self.tr("截止日期"), self.dueDate)
        form.addRow(_buttons(self))

    def due_date(self) -> str:
        return self.dueDate.date().toString(Qt.DateFormat.ISODate)


class TextDialog(QDialog):
    """A generated text to read and copy (the report paragraph)."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.textEdit = QPlainTextEdit(text, self)
        self.textEdit.setReadOnly(True)
        layout.addWidget(self.textEdit)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = box.addButton(self.tr("复制全文"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.textEdit.toPlainText()))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
