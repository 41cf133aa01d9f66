"""编辑 → 工作评价用词…: the plan's status words, edited per plan (ARCHITECTURE: Contracts).

Per word: the word, what it means (read from the word, or set: done / on track / behind / not
started, which decides the light and whether a reason is asked) and its colour (the default, or
one chosen). Saved through store_plan.set_status_words in one transaction; a word still used by
an entry cannot be removed, a bad value is refused and nothing is written.
"""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chizhou_desk import periods as P
from chizhou_desk.domain import BEHIND, DONE, NOT_STARTED, ON_TRACK, StatusWord, status_meaning
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs
from chizhou_desk.gui.core_texts import core_text

MEANINGS = {DONE: QT_TRANSLATE_NOOP("StatusWordsDialog", "完成"),
            ON_TRACK: QT_TRANSLATE_NOOP("StatusWordsDialog", "正常推进"),
            BEHIND: QT_TRANSLATE_NOOP("StatusWordsDialog", "滞后（需说明原因）"),
            NOT_STARTED: QT_TRANSLATE_NOOP("StatusWordsDialog", "未启动"),
            None: QT_TRANSLATE_NOOP("StatusWordsDialog", "无法判断")}
# what each meaning does, as the combo's tooltips say it
EFFECTS = {DONE: QT_TRANSLATE_NOOP("StatusWordsDialog", "写了进展即为绿灯"),
           ON_TRACK: QT_TRANSLATE_NOOP("StatusWordsDialog", "绿灯"),
           BEHIND: QT_TRANSLATE_NOOP("StatusWordsDialog", "红灯，须填写原因，导出前检查"),
           NOT_STARTED: QT_TRANSLATE_NOOP("StatusWordsDialog", "黄灯")}
COL_WORD, COL_MEANING, COL_COLOUR = range(3)
AUTO = ""  # the meaning combo's data for "read from the word"


def _meaning_text(meaning: str | None) -> str:
    return QCoreApplication.translate("StatusWordsDialog", str(MEANINGS[meaning]))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class StatusWordsDialog(QDialog):
    def __init__(self, store, period_key: str, parent=None):
        super().__init__(parent)
        self.setObjectName("statusWordsDialog")
        self.setWindowTitle(self.tr("工作评价用词"))
        self.resize(640, 400)
        self.store, self.period_key = store, period_key
        layout = QVBoxLayout(self)
        year = P.split_key(period_key)[0]
        layout.addWidget(QLabel(self.tr("{0} 年清单的工作评价用词：下拉框、图表、空白填报表和 Excel 下拉列表"
                                        "只提供这些词。双击可修改用词；含义决定红黄绿灯和是否须写原因，"
                                        "“按用词判断”由用词本身推断。").format(year), wordWrap=True))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("statusWordsTable")
        self.table.setHorizontalHeaderLabels([self.tr("用词"), self.tr("含义"), self.tr("颜色")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setColumnWidth(COL_WORD, 150)
        self.table.setColumnWidth(COL_MEANING, 230)
        self.table.itemChanged.connect(self._changed)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the row's boxes and the buttons; arrows move in it
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
        self._after_rows = [*(b for b in self.findChildren(QPushButton) if b.parent() is self), *box.buttons()]
        self._items: list[StatusWord] = list(store.status_words(period_key).items)
        self._fill()

    # --- what the table holds ----------------------------------------------------------

    def words(self) -> list[str]:
        return [w for w in (self._word(r).strip() for r in range(self.table.rowCount())) if w]

    def items(self) -> list[StatusWord]:
        """Every row as typed (a blank word too: saving refuses it with a message)."""
        return [replace(item, word=self._word(r).strip()) for r, item in enumerate(self._items)]

    def meaning_combo(self, row: int) -> QComboBox:
        return self._combos[row]

    def colour_button(self, row: int) -> QPushButton:
        return self._picks[row]

    def reset_button(self, row: int) -> QPushButton:
        return self._resets[row]

    def _word(self, row: int) -> str:
        item = self.table.item(row, COL_WORD)
        return item.text() if item is not None else ""

    # --- building rows -----------------------------------------------------------------

    def _fill(self) -> None:
        """One row per item; rebuilt whole after a move or removal, so each row's widgets are its own."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._combos: list[QComboBox] = []
        self._picks: list[QPushButton] = []
        self._resets: list[QPushButton] = []
        for r, item in enumerate(self._items):
            self.table.insertRow(r)
            self.table.setItem(r, COL_WORD, QTableWidgetItem(item.word))
            self.table.setCellWidget(r, COL_MEANING, self._meaning_widget(r, item))
            self.table.setCellWidget(r, COL_COLOUR, self._colour_widget(r))
            self._show_row(r)
        self.table.blockSignals(False)
        self._fit_width()
        # Tab order: the table, each row's meaning and colour buttons, then the buttons below
        chain = [self.table, *(w for r in range(len(self._combos))
                               for w in (self._combos[r], self._picks[r], self._resets[r])), *self._after_rows]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fit_width(self) -> None:
        """The meaning column as wide as its longest choice (English runs longer), the dialog with it."""
        need = max((_text_width(c, c.itemText(i)) for c in self._combos for i in range(c.count())), default=0)
        self.table.setColumnWidth(COL_MEANING, max(230, need))
        wanted = 150 + self.table.columnWidth(COL_MEANING) + 250
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        self.resize(max(self.width(), min(wanted, screen - 40)), self.height())

    def _meaning_widget(self, r: int, item: StatusWord) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setObjectName(f"meaningCombo{r}")
        combo.addItem("", AUTO)
        for meaning in (DONE, ON_TRACK, BEHIND, NOT_STARTED):
            combo.addItem(_meaning_text(meaning), meaning)
            combo.setItemData(combo.count() - 1,
                              QCoreApplication.translate("StatusWordsDialog", str(EFFECTS[meaning])),
                              Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(item.meaning or AUTO)))
        combo.currentIndexChanged.connect(lambda _i, r=r: self._meaning_chosen(r))
        self._combos.append(combo)
        return combo

    def _colour_widget(self, r: int) -> QWidget:
        cell = QWidget(self.table)
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 1, 2, 1)
        pick = QPushButton(cell, objectName=f"colourButton{r}")
        pick.setToolTip(self.tr("选择颜色"))
        pick.clicked.connect(lambda _c=False, r=r: self.choose_colour(r))
        reset = QPushButton(self.tr("默认"), cell, objectName=f"colourReset{r}")
        reset.setToolTip(self.tr("恢复含义的默认颜色"))
        reset.clicked.connect(lambda _c=False, r=r: self.set_colour(r, None))
        row.addWidget(pick, 1)
        row.addWidget(reset)
        self._picks.append(pick)
        self._resets.append(reset)
        return cell

    def _show_row(self, r: int) -> None:
        """The row's word in its colour, the combo's first entry saying what the word reads as."""
        item = replace(self._items[r], word=self._word(r).strip())
        guessed = status_meaning(item.word) if item.word else None
        combo = self.meaning_combo(r)
        combo.setItemText(0, self.tr("按用词判断：{0}").format(_meaning_text(guessed)))
        effect = EFFECTS.get(item.means or "")
        combo.setToolTip(QCoreApplication.translate("StatusWordsDialog", str(effect)) if effect else "")
        colour = item.shown_colour
        word_item = self.table.item(r, COL_WORD)
        if word_item is not None:
            word_item.setForeground(QBrush(QColor(colour)))
        pick = self.colour_button(r)
        pick.setIcon(_swatch(colour))
        pick.setText(item.colour if item.colour else self.tr("默认颜色"))
        self.reset_button(r).setEnabled(item.colour is not None)

    # --- edits -------------------------------------------------------------------------

    def _changed(self, item) -> None:
        if item.column() == COL_WORD and 0 <= item.row() < len(self._items):
            self.table.blockSignals(True)  # the word's colour is set on the item itself
            self._show_row(item.row())
            self.table.blockSignals(False)

    def _meaning_chosen(self, r: int) -> None:
        self._items[r] = replace(self._items[r], meaning=self.meaning_combo(r).currentData() or None)
        self._show_row(r)

    def choose_colour(self, r: int) -> None:
        current = replace(self._items[r], word=self._word(r).strip()).shown_colour
        chosen = dialogs.get_colour(self, self.tr("“{0}”的颜色").format(self._word(r).strip()), current)
        if chosen:
            self.set_colour(r, chosen)

    def set_colour(self, r: int, colour: str | None) -> None:
        self._items[r] = replace(self._items[r], colour=colour)
        self._show_row(r)

    def _sync_words(self) -> None:
        self._items = [replace(item, word=self._word(r)) for r, item in enumerate(self._items)]

    def add_word(self) -> None:
        self._sync_words()
        self._items.append(StatusWord(""))
        self._fill()
        r = len(self._items) - 1
        self.table.setCurrentCell(r, COL_WORD)
        self.table.editItem(self.table.currentItem())

    def remove_word(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self._sync_words()
            del self._items[r]
            self._fill()

    def move_word(self, step: int) -> None:
        r = self.table.currentRow()
        if r < 0 or not 0 <= r + step < self.table.rowCount():
            return
        self._sync_words()
        self._items[r], self._items[r + step] = self._items[r + step], self._items[r]
        self._fill()
        self.table.setCurrentCell(r + step, COL_WORD)

    def accept(self) -> None:
        from chizhou_desk.store_plan import set_status_words

        try:
            set_status_words(self.store, self.period_key, self.items())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("工作评价用词"), core_text(str(exc)))
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


def _text_width(combo: QComboBox, text: str) -> int:
    """The width a combo needs to show `text` whole (its sizeHint is cached before item 0 is renamed)."""
    return combo.fontMetrics().horizontalAdvance(text) + 48  # frame, margins and the arrow
