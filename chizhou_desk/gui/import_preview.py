"""The import preview: the engine's reading of a list, every choice changeable, nothing written
until 导入. The roles sit in the table's first row, one combo box a sheet column. What the engine
could not settle (which sheet, which table, the year, the period, a column's role) is marked, and
a choice the command line would refuse without (--sheet, --header-row) keeps 导入 off until made.
Cells can be edited and rows marked (preview_grid); the table is rebuilt from what the user said."""

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from chizhou_desk import periods as P
from chizhou_desk.domain import ImportedTable, Plan, default_plan_title
from chizhou_desk.errors import InputError, PeriodNeeded
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.core_texts import core_lines, core_text
from chizhou_desk.gui.forms.ui_import_preview import Ui_ImportPreview
from chizhou_desk.gui.preview_grid import GridModel, add_mark_actions
from chizhou_desk.imports import engine
from chizhou_desk.imports.corrections import Corrections
from chizhou_desk.imports.preview import preview_rows

UNSURE_MARK = "?"
# a core message's advice for the command line, said the window's way
_CLI_MAP = re.compile(r"用 --map 指定[（(]如 [A-Z]+=\w+[)）](?:或在导入预览中更正)?")
# the engine's roles as the combos name them (same keys as roles.ROLES; a test keeps them equal)
ROLE_LABELS = {
    "no": QT_TRANSLATE_NOOP("ImportPreview", "序号"),
    "text": QT_TRANSLATE_NOOP("ImportPreview", "任务内容"),
    "lead": QT_TRANSLATE_NOOP("ImportPreview", "牵头单位"),
    "coop": QT_TRANSLATE_NOOP("ImportPreview", "配合单位"),
    "leader": QT_TRANSLATE_NOOP("ImportPreview", "责任领导"),
    "deadline": QT_TRANSLATE_NOOP("ImportPreview", "完成时限"),
    "status": QT_TRANSLATE_NOOP("ImportPreview", "工作评价"),
    "progress": QT_TRANSLATE_NOOP("ImportPreview", "进展情况"),
    "plan": QT_TRANSLATE_NOOP("ImportPreview", "下步安排"),
    "reason": QT_TRANSLATE_NOOP("ImportPreview", "未达预期原因"),
    "target": QT_TRANSLATE_NOOP("ImportPreview", "目标值"),
    "indicator": QT_TRANSLATE_NOOP("ImportPreview", "指标值"),
    "rank": QT_TRANSLATE_NOOP("ImportPreview", "位次"),
    "note": QT_TRANSLATE_NOOP("ImportPreview", "备注"),
    "source": QT_TRANSLATE_NOOP("ImportPreview", "任务来源"),
    "extra": QT_TRANSLATE_NOOP("ImportPreview", "保留(附加信息)"),
    "ignore": QT_TRANSLATE_NOOP("ImportPreview", "忽略"),
}


def _role_label(key: str) -> str:
    return QCoreApplication.translate("ImportPreview", str(ROLE_LABELS[key]))


def _mark(widget: QWidget, unsure: bool) -> None:
    """A choice for the user to make or check: coloured, and readable as the "unsure" property."""
    widget.setProperty("unsure", unsure)
    widget.setStyleSheet(f"{widget.metaObject().className()} {{ background: #ffd9d0; }}" if unsure else "")


class ImportPreview(QDialog):
    """`table` holds the ImportedTable to merge once the user accepts; None while it cannot be built."""

    def __init__(self, proposal: engine.Proposal, path: str | Path, registry, parent: QWidget | None = None,
                 suggested_period: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportPreview()
        self.ui.setupUi(self)
        self.path = Path(path)
        self.registry = registry
        self.proposal = proposal
        self._grids = proposal.grids  # as read from the file; the user's corrections go on a copy
        self.fixes = Corrections()
        self.table: ImportedTable | None = None
        self._period_chosen = self._suggested = self._year_chosen = False
        self._roles: list[QComboBox] = []
        self._base = list(proposal.columns)  # the engine's columns as last read, before the user's roles
        self._picked: dict[int, str] = {}  # the user's roles, in the order chosen: the latest wins
        self._year_from_file = proposal.year is not None
        ui = self.ui
        self.grid_model = GridModel(self)
        ui.previewTable.setModel(self.grid_model)
        ui.previewTable.horizontalHeader().setResizeContentsPrecision(60)  # a long list stays quick
        add_mark_actions(ui.previewTable, self.grid_model)
        # queued: the editor that typed the change is closed before the view moves to a refused row
        self.grid_model.changed.connect(lambda: self._recompute(keep_roles=True, header=True),
                                        Qt.ConnectionType.QueuedConnection)
        ui.fileLabel.setText(self.tr("文件：{0}").format(self.path.name))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("导入"))
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for grid in proposal.grids:
            ui.sheetCombo.addItem(grid.name or self.tr("表格"))
        several = len(proposal.grids) > 1
        ui.sheetCombo.setVisible(several)
        ui.sheetLabel.setVisible(several)
        ui.sheetCombo.setPlaceholderText(self.tr("请选择"))
        ui.sheetCombo.setCurrentIndex(-1 if proposal.sheet_choice else proposal.sheet)
        for spin in (ui.headerRow, ui.importYear):  # re-read once the number is typed, not on each digit
            spin.setKeyboardTracking(False)
            spin.installEventFilter(self)
        ui.headerRow.setMinimumWidth(ui.headerRow.fontMetrics().horizontalAdvance(self.tr("请选择")) + 56)
        ui.importYear.setValue(proposal.year or date.today().year)
        self._fill_periods()
        ui.tasksPreview.setColumnCount(6)
        ui.tasksPreview.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("任务"), self.tr("牵头单位"), self.tr("配合单位"), self.tr("工作评价"),
             self.tr("进展情况")])
        heading = ui.tasksPreview.horizontalHeader()
        for c, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                  QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                  QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            heading.setSectionResizeMode(c, mode)
        ui.tasksPreview.verticalHeader().setVisible(False)
        ui.sheetCombo.currentIndexChanged.connect(lambda _i: self._sheet_changed())
        ui.headerRow.valueChanged.connect(lambda _v: self._recompute(keep_roles=False))
        ui.importPeriod.currentIndexChanged.connect(self._period_picked)
        ui.importYear.valueChanged.connect(self._year_changed)
        self._show(proposal)
        entries = any(proposal.col(r) is not None for r in ("status", "progress", "plan"))
        if suggested_period and proposal.period_key is None and entries and proposal.year and \
                P.split_key(suggested_period)[0] == proposal.year:
            # the file names no period: offer the one after the database's latest, for the user to check
            ui.importPeriod.blockSignals(True)
            ui.importPeriod.setCurrentIndex(ui.importPeriod.findData(suggested_period))
            ui.importPeriod.blockSignals(False)
            self._period_chosen = self._suggested = True
            self._recompute(keep_roles=True, source=self.tr("文件未标明，预选本库最新期间的下一期，请核对"))
        else:
            self._build()

    # --- filling the widgets ------------------------------------------------------------------

    def _fill_periods(self) -> None:
        combo, year = self.ui.importPeriod, self.ui.importYear.value()
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("未标明(只导入任务)"), None)
        for m in range(1, 13):
            combo.addItem(PT.long_label(P.make_key(year, m)), P.make_key(year, m))
        key = current if self._period_chosen else self.proposal.period_key
        if key:
            key = P.make_key(year, P.split_key(key)[1])
        combo.setCurrentIndex(max(0, combo.findData(key)))
        combo.blockSignals(False)
        self.ui.importYear.setEnabled(not self._year_from_file)

    def _show(self, prop: engine.Proposal) -> None:
        ui, grid = self.ui, prop.grid
        choose = bool(prop.table_choice)  # several tables: no header row until the user names one
        ui.headerRow.blockSignals(True)
        ui.headerRow.setMinimum(0 if choose else 1)
        ui.headerRow.setSpecialValueText(self.tr("请选择") if choose else "")
        ui.headerRow.setMaximum(max(1, len(grid.rows)))  # another table may begin far down
        ui.headerRow.setValue(0 if choose else prop.header_row + 1)
        ui.headerRow.blockSignals(False)
        _mark(ui.headerRow, choose)
        width = len(prop.columns)
        table = ui.previewTable
        header = {*range(prop.header_row, prop.first_body_row), *prop.table_choice}
        self.grid_model.show(self._grids[prop.sheet], width, header, self.fixes)
        self._roles = []
        previous: QWidget = ui.previewTable
        for c in prop.columns:
            combo = QComboBox(table)
            combo.setObjectName(f"columnRole{c.index}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            for key in ROLE_LABELS:
                combo.addItem(_role_label(key), key)
            table.setIndexWidget(self.grid_model.index(0, c.index), combo)
            self._roles.append(combo)
            QWidget.setTabOrder(previous, combo)
            previous = combo
        QWidget.setTabOrder(previous, ui.tasksPreview)
        self._set_roles(prop)
        for i, combo in enumerate(self._roles):
            combo.currentIndexChanged.connect(lambda _i, i=i: self._role_picked(i))
        table.resizeColumnsToContents()
        for i, combo in enumerate(self._roles):  # a role's name is never cut off
            table.setColumnWidth(i, max(110, min(table.columnWidth(i), 260), combo.sizeHint().width()))

    def _set_roles(self, prop: engine.Proposal) -> None:
        for c, combo in zip(prop.columns, self._roles, strict=False):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(c.role))
            combo.setToolTip(c.why)
            unsure = not c.sure
            _mark(combo, unsure)
            combo.setItemText(combo.currentIndex(), _role_label(c.role) + (f" {UNSURE_MARK}" if unsure else ""))
            combo.blockSignals(False)

    # --- the user's choices -------------------------------------------------------------------

    def _sheet_changed(self) -> None:
        self.fixes = Corrections()  # rows and cells of another sheet
        self._recompute(keep_roles=False, header=False)

    def _period_picked(self, _i: int) -> None:
        self._period_chosen, self._suggested, self._year_chosen = True, False, True
        self._recompute(keep_roles=True)

    def _year_changed(self, _v: int) -> None:
        self._year_chosen = True
        self._fill_periods()
        self._recompute(keep_roles=True)

    def _role_picked(self, i: int) -> None:
        self._picked.pop(i, None)
        self._picked[i] = self._roles[i].currentData()
        self._recompute(keep_roles=True)

    def _mapping(self) -> dict[int, str]:
        """The roles the engine was sure of, then the user's in the order chosen: stepping through
        the roles with the arrow keys takes one from another column only until it moves on."""
        mapping = {c.index: c.role for c in self._base if c.sure and c.index not in self._picked}
        mapping.update(self._picked)
        return mapping

    def _recompute(self, keep_roles: bool, header: bool = True, source: str = "用户指定") -> None:
        """Ask the engine again with what the user settled; the rest it proposes anew."""
        mapping = self._mapping() if keep_roles and self._picked else None
        key = self.ui.importPeriod.currentData() if self._period_chosen else None
        sheet, row = self.ui.sheetCombo.currentIndex(), self.ui.headerRow.value() - 1
        chosen = sheet if sheet >= 0 else None
        grids = self.fixes.applied(self._grids, self.proposal.sheet if chosen is None else chosen)
        try:
            prop = engine.propose(grids, self.path, sheet=chosen, header_row=row if header and row >= 0 else None,
                                  mapping=mapping, period=key)
        except InputError as exc:
            self._fail(str(exc))
            return
        self.fixes.give_marks(prop)
        if mapping:  # the roles kept from the engine's reading keep its reasons
            for c, was in zip(prop.columns, self._base, strict=False):
                if c.index not in self._picked and c.role == was.role:
                    c.score, c.why = was.score, was.why
        if self._period_chosen:
            prop.period_source = source
        self._settle_year(prop)
        prop.user_settled = True
        self.proposal = prop
        if keep_roles:
            self._set_roles(prop)
        else:
            self._base, self._picked = list(prop.columns), {}
            self._show(prop)
        self._build()

    def _settle_year(self, prop: engine.Proposal) -> None:
        """No year anywhere in the file: the year box settles it."""
        if prop.year is None:
            year = self.ui.importYear.value()
            prop.year, prop.year_source = year, self.tr("文件中没有，请在“年份”中确认")
            prop.plan = Plan(year=year, title=default_plan_title(year))
            prop.problems = [p for p in prop.problems if "年份" not in p]

    def _flag_row(self, where: str | None) -> None:
        """Colour the row a refusal names ("第 4 行"), select it for a mark, scroll to it; None: undo."""
        found = re.search(r"第 (\d+) 行", where or "")
        row = int(found.group(1)) - 1 if found else None
        self.grid_model.flag(row)
        if row is not None and row < len(self.grid_model.grid.rows):
            index = self.grid_model.index(row + 1, 0)
            self.ui.previewTable.setCurrentIndex(index)
            self.ui.previewTable.scrollTo(index)

    def _build(self) -> None:
        prop = self.proposal
        self._flag_row(None)
        self._settle_year(prop)
        _mark(self.ui.importYear, not self._year_from_file and not self._year_chosen)
        _mark(self.ui.importPeriod, self._suggested)
        _mark(self.ui.sheetCombo, bool(prop.sheet_choice))
        self.ui.sourceLabel.setText(self._sources(prop))
        choice = self._choice_needed(prop)
        if choice:
            self._fail(choice)
            return
        if prop.col("text") is None:
            self._fail(self.tr("没有认出哪一列是任务内容：请在表格第一行的下拉框中，把任务内容所在列选为“任务内容”。"))
            return
        try:
            table = engine.build(prop, self.path)
        except PeriodNeeded:
            _mark(self.ui.importPeriod, True)
            if self.ui.importYear.property("unsure"):  # the period list is the year box's year
                self._fail(self.tr("这份表格有进展内容，但没有标明年份和期间：请先在“年份”中填写年份，"
                                   "再在“期间”中选择这些进展属于哪个月份。"))
            else:
                self._fail(self.tr("这份表格有进展内容，但没有标明期间：请在“期间”中选择这些进展属于哪个月份。"))
            return
        except InputError as exc:
            message = str(exc).replace(f"{self.path}: ", "")
            message = _CLI_MAP.sub(self.tr("在表格第一行的下拉框中更正该列的含义"), message)
            if re.search(r"第 \d+ 行", exc.where or ""):  # a row the user can mark (it is selected)
                message = message.rstrip("。") + self.tr(
                    "。也可右键这一行(已选中)，标为任务、分组标题、接上一行或不属于清单。")
            self._fail(message)
            self._flag_row(exc.where)
            return
        self.table = table
        rows, unknown = preview_rows(table, self.registry)
        grid = self.ui.tasksPreview
        grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.no, row.text, row.lead, row.coop, row.status, row.progress)):
                item = QTableWidgetItem(value.replace("\n", " "))
                item.setToolTip(value[:500])
                grid.setItem(r, c, item)
        lines = [self.tr("共 {0} 项任务").format(len(table.tasks))
                 + (self.tr("，{0} 项有进展，期间 {1}").format(len(table.entries), PT.long_label(table.period_key))
                    if table.entries and table.period_key else "")]
        if prop.grid.kind == "lines":  # imports.line_grid: the engine read lines, not a list
            lines.append(self.tr("这份文字清单未能按格式读出，已逐行列出：请逐行核对，把单位填入“牵头单位”等列，"
                                 "或标明各行。"))
        if unknown:
            lines.append(self.tr("未登记的单位 {0} 个(原样保留，导入后可在 编辑 → 单位名称与简称 中登记)：{1}").format(
                len(unknown), "、".join(unknown[:30]) + ("…" if len(unknown) > 30 else "")))
        if table.ignored_columns:
            lines.append(self.tr("未识别的列(按原列名保存为附加信息)：") + "、".join(table.ignored_columns))
        lines += core_lines(table.notes)  # e.g. the sheet's other table, not imported
        from chizhou_desk.gui.plan_info_dialog import read_line  # 清单信息 as read

        lines += [line for line in [read_line(table.plan)] if line]
        self.ui.messageLabel.setStyleSheet("")
        self.ui.messageLabel.setText("\n".join(lines))
        self._ok().setEnabled(True)

    def _choice_needed(self, prop: engine.Proposal) -> str:
        """What the user must choose before the file can import (the command line's --sheet and
        --header-row), or ""."""
        if prop.sheet_choice:
            args = (len(prop.sheet_choice), self.tr("、").join(f"“{prop.grids[i].name}”" for i in prop.sheet_choice),
                    prop.grid.name)
            if prop.grid.kind != "sheet":  # a Word document's tables
                return self.tr("有 {0} 个表格（{1}）都像清单，只导入一个会漏掉其余的：请在“工作表”中选择要导入的表格，"
                               "其余的不导入（下面显示的是“{2}”）。").format(*args)
            return self.tr("有 {0} 个工作表（{1}）都像清单，只导入一个会漏掉其余的：请在“工作表”中选择要导入的工作表，"
                           "其余的不导入（下面显示的是“{2}”）。如果清单分在几个工作表里，请先在 Excel/WPS 中"
                           "合并到一个工作表再导入。").format(*args)
        if prop.table_choice:
            rows = self.tr("、").join(self.tr("第 {0} 行").format(r + 1) for r in prop.table_choice)
            return self.tr("这个工作表中有 {0} 张表（{1}都是表头，以黄色标出），只导入一张会漏掉其余的：请在“表头行”中"
                           "填写要导入的那张表的表头行，其余的表不导入。").format(len(prop.table_choice), rows)
        return ""

    def _sources(self, prop: engine.Proposal) -> str:
        parts = []
        if prop.period_source:
            parts.append(self.tr("期间：{0}").format(core_text(prop.period_source)))
        if prop.year_source:
            parts.append(self.tr("年份：{0}").format(core_text(prop.year_source)))
        return self.tr("；").join(parts)

    def _fail(self, message: str) -> None:
        self.table = None
        self.ui.tasksPreview.setRowCount(0)
        self.ui.messageLabel.setStyleSheet("color: #c0392b;")
        self.ui.messageLabel.setText(message)
        self._ok().setEnabled(False)

    def eventFilter(self, obj, event) -> bool:
        """Enter in a number box re-reads the file; it does not import what the user has not seen."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            obj.interpretText()
            return True
        return super().eventFilter(obj, event)

    def _ok(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        if self.table is None:
            return
        self.proposal.user_settled = True  # remembered for this layout once the import commits
        self.table.layout = self.proposal
        super().accept()
