"""单位名称与简称: short names and aliases of the city's units, and merging a name into a unit."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from chizhou_desk.errors import InputError
from chizhou_desk.gui.core_texts import core_text

COL_NAME, COL_SHORT, COL_ALIASES, COL_TASKS = range(4)


class UnitsDialog(QDialog):
    def __init__(self, store, parent=None, highlight: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("unitsDialog")
        self.setWindowTitle(self.tr("单位名称与简称"))
        self.resize(860, 520)
        self.store = store
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("简称和别名用于识别导入文件中的单位名称(多个别名用“、”分隔)。"
                                        "未登记的名称可并入已有单位。"), wordWrap=True))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels([self.tr("单位全称"), self.tr("简称"), self.tr("别名"),
                                              self.tr("牵头/配合任务")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.setColumnWidth(COL_NAME, 220)
        # the aliases take the room left, so the counts' column (its English heading is long) is never
        # cut off at the table's edge or behind a horizontal scroll bar
        header.setSectionResizeMode(COL_SHORT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ALIASES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TASKS, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("将选中的名称并入：")))
        self.targetCombo = QComboBox(self)
        self.targetCombo.setObjectName("mergeTargetCombo")
        merge_row.addWidget(self.targetCombo, 1)
        self.mergeButton = QPushButton(self.tr("并入"), self)
        self.mergeButton.setObjectName("mergeButton")
        self.mergeButton.clicked.connect(self.merge_selected)
        merge_row.addWidget(self.mergeButton)
        layout.addLayout(merge_row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._highlight = set(highlight or [])
        self.fill()

    def fill(self) -> None:
        units = self.store.unit_list()
        self._loaded = {u["name"]: (u["short"], "、".join(u["aliases"])) for u in units}
        self.table.setRowCount(len(units))
        for i, u in enumerate(units):
            items = [QTableWidgetItem(u["name"]), QTableWidgetItem(u["short"]),
                     QTableWidgetItem("、".join(u["aliases"])),
                     QTableWidgetItem(f"{u['leads']} / {u['coops']}")]
            for col in (COL_NAME, COL_TASKS):
                items[col].setFlags(items[col].flags() & ~Qt.ItemFlag.ItemIsEditable)
            if u["name"] in self._highlight:
                items[COL_NAME].setToolTip(self.tr("导入时未能识别的名称"))
                items[COL_NAME].setForeground(Qt.GlobalColor.red)
            for col, item in enumerate(items):
                self.table.setItem(i, col, item)
        self.targetCombo.clear()
        self.targetCombo.addItems([u["name"] for u in units])
        self.targetCombo.setCurrentIndex(-1)  # a merge needs a deliberate choice
        self.targetCombo.setPlaceholderText(self.tr("选择单位"))
        self._tasks = {u["name"]: u["leads"] + u["coops"] for u in units}

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def _unsaved(self) -> bool:
        return any((self._cell(i, COL_SHORT).strip(), self._cell(i, COL_ALIASES).strip())
                   != self._loaded.get(self._cell(i, COL_NAME))
                   for i in range(self.table.rowCount()))

    def _settle_unsaved(self) -> bool:
        """Typed short names or aliases: save or discard them first; False when the user cancels."""
        if not self._unsaved():
            return True
        answer = QMessageBox.question(
            self, self.tr("单位名称与简称"), self.tr("简称或别名的修改尚未保存，是否保存?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Discard:
            self.fill()
            return True
        return answer == QMessageBox.StandardButton.Save and self.save()

    def reject(self) -> None:
        if self._settle_unsaved():
            super().reject()

    def save(self) -> bool:
        """Write the rows whose short name or aliases changed; stop at the first refusal."""
        for i in range(self.table.rowCount()):
            name = self._cell(i, COL_NAME)
            short = self._cell(i, COL_SHORT).strip()
            aliases = self._cell(i, COL_ALIASES).strip()
            if (short, aliases) == self._loaded.get(name):
                continue
            try:
                self.store.set_unit_names(name, short, [a for a in aliases.replace(",", "、")
                                                        .replace("，", "、").split("、")])
            except InputError as exc:
                QMessageBox.warning(self, self.tr("无法保存"), core_text(str(exc)))
                return False
        self.fill()
        return True

    def merge_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        name, target = self._cell(row, COL_NAME), self.targetCombo.currentText()
        if not target or target == name:
            QMessageBox.information(self, self.tr("并入"), self.tr("请先选中一个名称，再选择要并入的单位。"))
            return False
        if not self._settle_unsaved():  # the merge reloads the table
            return False
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("并入"),
                          self.tr("将“{0}”({1} 项任务)并入“{2}”?\n此后两者视为同一单位，此操作不能撤销。")
                          .format(name, self._tasks.get(name, 0), target), parent=self)
        ask.setObjectName("mergeConfirmBox")
        yes = ask.addButton(self.tr("并入"), QMessageBox.ButtonRole.AcceptRole)
        ask.setDefaultButton(ask.addButton(QMessageBox.StandardButton.Cancel))
        ask.exec()
        if ask.clickedButton() is not yes:
            return False
        try:
            self.store.merge_unit(name, target)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("无法并入"), core_text(str(exc)))
            return False
        self.fill()
        return True


def edit_units(w, unknown: list[str] | None = None):
    from chizhou_desk.gui.popups import open_window_modal

    dialog = UnitsDialog(w.store, w, highlight=unknown)
    dialog.finished.connect(lambda _r: w.reload())
    open_window_modal(dialog)
    return dialog
