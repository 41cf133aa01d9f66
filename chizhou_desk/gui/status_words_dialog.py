"""编辑 → 工作评价用词…: the plan's status words, edited per plan (ARCHITECTURE: Contracts).

The words go through store_plan.set_statuses (a word still used by an entry cannot be removed);
what each word means (done / on track / behind / not started) is read from the word by
domain.status_meaning, and shown so the office sees how lights and reasons will treat it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from chizhou_desk import periods as P
from chizhou_desk.charts import status_colour
from chizhou_desk.domain import BEHIND, DONE, NOT_STARTED, ON_TRACK, status_meaning
from chizhou_desk.errors import InputError

MEANINGS = {DONE: QT_TRANSLATE_NOOP("StatusWordsDialog", "已完成"),
            ON_TRACK: QT_TRANSLATE_NOOP("StatusWordsDialog", "正常推进"),
            BEHIND: QT_TRANSLATE_NOOP("StatusWordsDialog", "滞后(须写原因,红灯)"),
            NOT_STARTED: QT_TRANSLATE_NOOP("StatusWordsDialog", "未启动(黄灯)"),
            None: QT_TRANSLATE_NOOP("StatusWordsDialog", "未识别(不影响红黄绿灯)")}
COL_WORD, COL_MEANING = range(2)


class StatusWordsDialog(QDialog):
    def __init__(self, store, period_key: str, parent=None):
        super().__init__(parent)
        self.setObjectName("statusWordsDialog")
        self.setWindowTitle(self.tr("工作评价用词"))
        self.resize(520, 380)
        self.store, self.period_key = store, period_key
        layout = QVBoxLayout(self)
        year = P.split_key(period_key)[0]
        layout.addWidget(QLabel(self.tr("{0} 年清单的工作评价用词:下拉框、图表、空白填报表和 Excel 下拉列表"
                                        "只提供这些词。双击可修改;含义由用词判断。").format(year), wordWrap=True))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("statusWordsTable")
        self.table.setHorizontalHeaderLabels([self.tr("用词"), self.tr("含义")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(COL_WORD, 180)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for name, text, slot in (("addWord", self.tr("添加"), self.add_word),
                                 ("removeWord", self.tr("删除"), self.remove_word),
                                 ("wordUp", self.tr("上移"), lambda: self.move_word(-1)),
                                 ("wordDown", self.tr("下移"), lambda: self.move_word(1))):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for word in store.statuses(period_key):
            self._append(word)

    def words(self) -> list[str]:
        return [w for w in (self._word(r).strip() for r in range(self.table.rowCount())) if w]

    def _word(self, row: int) -> str:
        item = self.table.item(row, COL_WORD)
        return item.text() if item is not None else ""

    def _append(self, word: str) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        meaning = QTableWidgetItem()
        meaning.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, COL_MEANING, meaning)
        self.table.setItem(r, COL_WORD, QTableWidgetItem(word))
        return r

    def _changed(self, item) -> None:
        if item.column() != COL_WORD:
            return
        meaning = self.table.item(item.row(), COL_MEANING)
        if meaning is not None:
            word = item.text().strip()
            meaning.setText(QCoreApplication.translate("StatusWordsDialog", str(MEANINGS[status_meaning(word)]))
                            if word else "")
            item.setForeground(QBrush(QColor(status_colour(word))))

    def add_word(self) -> None:
        r = self._append("")
        self.table.setCurrentCell(r, COL_WORD)
        self.table.editItem(self.table.currentItem())

    def remove_word(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def move_word(self, step: int) -> None:
        r = self.table.currentRow()
        if r < 0 or not 0 <= r + step < self.table.rowCount():
            return
        words = [self._word(i) for i in range(self.table.rowCount())]
        words[r], words[r + step] = words[r + step], words[r]
        for i, word in enumerate(words):
            self.table.setItem(i, COL_WORD, QTableWidgetItem(word))
        self.table.setCurrentCell(r + step, COL_WORD)

    def accept(self) -> None:
        from chizhou_desk.store_plan import set_statuses

        try:
            set_statuses(self.store, self.period_key, self.words())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("工作评价用词"), str(exc))
            return
        super().accept()


def edit_status_words(w):
    if not w.period_key:
        return None
    dialog = StatusWordsDialog(w.store, w.period_key, w)
    dialog.accepted.connect(w.reload)
    dialog.open()
    return dialog


def connect(w) -> None:
    w.ui.actionStatusWords.triggered.connect(lambda: edit_status_words(w))
