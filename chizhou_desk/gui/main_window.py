"""The main window: filter bar, task table, progress editor, chart pane; wiring only."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow

from chizhou_desk.domain import CARRIED_FIELDS, UNFILLED
from chizhou_desk.errors import InputError
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui import task_model as TM
from chizhou_desk.gui.commands import EditEntryCommand
from chizhou_desk.gui.core_texts import core_text
from chizhou_desk.gui.forms.ui_main_window import Ui_MainWindow
from chizhou_desk.gui.save_guard import SaveGuard
from chizhou_desk.gui.settings import AppSettings
from chizhou_desk.lights import light_for, light_judge, light_reason
from chizhou_desk.query import row_filter

if TYPE_CHECKING:  # built on demand: their modules stay out of start-up
    from chizhou_desk.gui.chart_pane import ChartPane
    from chizhou_desk.gui.editor import ProgressEditor

ALL_UNITS = None


class MainWindow(QMainWindow):
    dataPainted = Signal()  # the table has painted rows for the first time

    def __init__(self, store, settings: AppSettings, undo_stack: QUndoStack | None = None,
                 defer_editor: bool = False, lock=None, read_only_reason: str | None = None):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store, self.settings = store, settings
        self.lock = lock  # the QLockFile that makes this window the database's one writer
        self.guard = SaveGuard(self)  # typed text a failed save keeps, retries, asks about on close
        self.lock_watch: Any = None  # gui/lock_watch.py, attached by app.build_window
        from chizhou_desk.gui.db_open import make_banner

        self.banner = make_banner(self, read_only_reason)  # why this window cannot write, if so
        self.undo = undo_stack or QUndoStack(self)
        self.period_key: str | None = None
        self._painted = False
        self.model = TM.TaskTableModel(self)
        self.proxy = TM.TaskSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.taskTable.setModel(self.proxy)
        self.ui.taskTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._editor: ProgressEditor | None = None  # built at once, or right after the table first paints (start-up)
        self._defer_editor = defer_editor
        self._closed = False
        self.chart_pane: ChartPane | None = None
        self._status_label = QLabel(self)
        self._status_label.setTextFormat(Qt.TextFormat.PlainText)  # unit names are data
        self.ui.statusbar.addPermanentWidget(self._status_label)
        self._save_label = QLabel(self, objectName="saveStateLabel")  # 已自动保存 hh:mm:ss / 未保存
        self.ui.statusbar.addPermanentWidget(self._save_label)
        self._setup_table()
        self._setup_actions()
        self._connect()
        self.reload()
        self.ui.taskTable.viewport().installEventFilter(self)
        self.ui.taskTable.setFocus()  # stray keys at start-up must not land in the unit box
        # the editor's form and matplotlib load only after the table is on screen
        self.dataPainted.connect(lambda: QTimer.singleShot(0, self._after_paint))
        if defer_editor:  # start-up: after the first paint; embedding and tests: at once (ARCHITECTURE: Command line)
            self.dataPainted.connect(lambda: QTimer.singleShot(50, self.attach_chart_pane))
        else:
            self.attach_chart_pane()
        self.ui.mainSplitter.setSizes([800, 560])
        self.ui.sideSplitter.setSizes([560, 320])
        self.ui.sideSplitter.setStretchFactor(0, 3)  # a taller window gives the editor most of it
        self.ui.sideSplitter.setStretchFactor(1, 2)

    # --- setup ---------------------------------------------------------------------

    def _setup_table(self) -> None:
        header = self.ui.taskTable.horizontalHeader()
        for col in (TM.COL_TEXT, TM.COL_PROGRESS):  # a wider window widens both texts, not the task's alone
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, width in ((TM.COL_NO, 48), (TM.COL_LEAD, 130), (TM.COL_STATUS, 76), (TM.COL_LIGHT, 76),
                           (TM.COL_FILLED, 64)):
            self.ui.taskTable.setColumnWidth(col, width)
        self.ui.taskTable.verticalHeader().setDefaultSectionSize(24)

    def _setup_actions(self) -> None:
        ui = self.ui
        undo = self.undo.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.menuEdit.insertActions(ui.actionFind, [undo, redo])
        ui.menuEdit.insertSeparator(ui.actionFind)
        self.undo_action, self.redo_action = undo, redo
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionHistory.triggered.connect(self.show_history)
        from chizhou_desk.gui import actions, combo_fit, keyboard, office_verdict, plan_info_dialog, status_words_dialog

        combo_fit.install(self)  # unit and period boxes as wide as their longest entry
        for part in (actions, status_words_dialog, plan_info_dialog, office_verdict):
            part.connect(self)
        keyboard.install(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.periodCombo.activated.connect(lambda _i: self.set_period(ui.periodCombo.currentData()))
        ui.unitCombo.activated.connect(lambda _i: self._unit_chosen())
        unit_edit = ui.unitCombo.lineEdit()
        assert unit_edit is not None  # the unit box is editable (the form): a name can be typed
        unit_edit.editingFinished.connect(self._unit_typed)
        ui.searchEdit.textChanged.connect(lambda _t: self.apply_filter())
        ui.statusFilter.activated.connect(lambda _i: self.apply_filter())
        ui.unfilledToggle.toggled.connect(lambda _b: self.apply_filter())
        ui.taskTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        """(Re)read periods and units from the store: after start, opening a file, or an import."""
        ui = self.ui
        periods = self.store.periods()
        ui.periodCombo.clear()
        for p in periods:
            ui.periodCombo.addItem(PT.long_label(p.key) + (self.tr("(已关闭)") if p.closed else ""), p.key)
        own = self.settings.own_unit
        ui.unitCombo.clear()
        ui.unitCombo.addItem(self.tr("全部单位"), ALL_UNITS)
        if own:
            ui.unitCombo.addItem(self.tr("本单位({0})").format(own), own)
        for name in self.store.lead_unit_names():
            ui.unitCombo.addItem(name, name)
        ui.unitCombo.setCurrentIndex(1 if own else 0)
        plan = self.store.plan_info()
        title = plan["title"] if plan else self.tr("重点工作责任清单")
        self.setWindowTitle(f"{title} — {self.store.path.name}")
        keys = [p.key for p in periods]
        for action in (ui.actionExport, ui.actionExportSummary, ui.actionPrintPreview, ui.actionPrint,
                       ui.actionExportPdf, ui.actionPrintTask, ui.actionPrintBlank, ui.actionReport,
                       ui.actionDueDate, ui.actionClosePeriod, ui.actionHistory):
            action.setEnabled(bool(keys))  # a list imported without progress has no period yet
        ui.actionStatusWords.setEnabled(bool(keys))
        for action in (ui.actionImport, ui.actionNewPeriod, ui.actionDueDate, ui.actionClosePeriod,
                       ui.actionUnits, ui.actionStatusWords):
            action.setEnabled(action.isEnabled() and not self.store.read_only)
        last = self.settings.last_period(str(self.store.path))
        self.period_key = None
        if keys:
            self.set_period(last if last is not None and last in keys else keys[-1])
        else:  # a new year's list (its tasks, where to start reporting), or a new file with no list
            self.model.set_rows(self.store.task_rows(None), {})
            self.model.set_filter(None)
            self._show_current()
            from chizhou_desk.gui import status_bar
            self.statusBar().showMessage(status_bar.where_to_start(has_list=plan is not None))

    def set_period(self, key: str) -> None:
        self.flush_edits()
        self.period_key = key
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(key))
        self.settings.set_last_period(str(self.store.path), key)
        closed = self.current_period().closed
        self.ui.actionClosePeriod.setText(self.tr("重新开放本期间") if closed else self.tr("关闭本期间(只读)"))
        statuses = self.store.statuses(key)
        ui = self.ui
        chosen = ui.statusFilter.currentData()
        ui.statusFilter.clear()
        ui.statusFilter.addItem(self.tr("全部评价"), None)
        for s in [*statuses, UNFILLED]:
            ui.statusFilter.addItem(self.tr("未填") if s == UNFILLED else s, s)  # statuses are data
        ui.statusFilter.setCurrentIndex(max(0, ui.statusFilter.findData(chosen)))
        keep = self.current_row()  # the same task stays selected (the same period chosen again too)
        self._load_rows(key)
        self.apply_filter(keep.id if keep else None)
        if self.chart_pane is not None:
            self.chart_pane.set_context(self.current_unit(), key)

    def _load_rows(self, key: str) -> None:
        rows, words = self.store.task_rows(key), self.store.status_words(key)  # words: meanings, colours
        due = self.current_period().due_date
        self.model.set_rows(rows, light_judge(key, due, words), words)  # judged when a row is first shown
        self.model.light_reason = lambda row: light_reason(row, key, due, words=words)  # asked on hover only

    def current_period(self):
        return self.store.period(self.period_key)

    def current_unit(self) -> str | None:
        return self.ui.unitCombo.currentData()

    def current_row(self):
        index = self.ui.taskTable.currentIndex()
        return index.data(TM.ROW_ROLE) if index.isValid() else None

    # --- filters -------------------------------------------------------------------

    def _unit_chosen(self) -> None:
        self.apply_filter()
        if self.chart_pane is not None and self.period_key:
            self.chart_pane.set_context(self.current_unit(), self.period_key)

    def _unit_typed(self) -> None:
        combo = self.ui.unitCombo
        text = combo.currentText().strip()
        i = combo.findText(text)
        if i < 0:
            canonical = self.store.registry().resolve_loose(text) if text else None  # 发改, 人社局, fgw
            i = combo.findData(canonical) if canonical else -1
        if i < 0:
            self.statusBar().showMessage(self.tr("未知单位：{0}").format(text), 5000)
            i = max(0, combo.findData(self.current_unit()))
        combo.setCurrentIndex(i)
        self._unit_chosen()

    def apply_filter(self, keep: int | None = None) -> None:
        if self.period_key is None:
            return
        ui = self.ui
        current = self.current_row()
        try:
            accept = row_filter(self.store, self.period_key, unit=self.current_unit(),
                                status=ui.statusFilter.currentData(), search=ui.searchEdit.text(),
                                unfilled_only=ui.unfilledToggle.isChecked(), texts=self.model.texts)
        except InputError as exc:
            self.statusBar().showMessage(core_text(str(exc)), 5000)  # the search filter's error
            return
        self.model.set_filter(accept)
        self._reselect(current.id if current else keep)
        self._update_status_bar()

    def _reselect(self, task_id: int | None) -> None:
        row = self.model.row_of(task_id) if task_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row < 0:
            self._show_current()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.taskTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_status_bar(self) -> None:
        from chizhou_desk.gui import status_bar

        status_bar.update_counts(self)

    # --- editing -------------------------------------------------------------------

    @property
    def editor(self):
        if self._editor is None:
            from chizhou_desk.gui.editor import ProgressEditor

            self._editor = ProgressEditor(self)
            self.ui.editorHostLayout.addWidget(self._editor)
            self._editor.edited.connect(self._edited)
            self._editor.copyPrevRequested.connect(self.copy_previous)
            self._editor.historyRequested.connect(self.show_history)
            self._editor.notSaved.connect(lambda text: self.statusBar().showMessage(text, 8000))
            from chizhou_desk.gui import attachments_box, editor_layout, keyboard, status_bar

            keyboard.attach_editor(self, self._editor)
            self.side_split = editor_layout.SideSplit(self)
            self._editor.saveStateChanged.connect(lambda: status_bar.show_save_state(self))
            self.attachments = attachments_box.install(self, self._editor)  # 佐证材料 tab (issue 30)
        return self._editor

    def editor_if_built(self):
        return self._editor

    def flush_edits(self) -> None:
        """Save what is being typed (before switching period, file, export, print or closing)."""
        if self._editor is not None:
            self._editor.flush()

    def _show_current(self) -> None:
        if self._editor is None and self._defer_editor and not self._painted:
            return  # start-up: shown once the table has painted
        from chizhou_desk.gui import office_note

        if self.period_key is None:
            self.editor.load(None, None, "", [], True)
            return office_note.show_for(self, None)
        if (row := self.current_row()) is not None and self._editor is not None and self._editor.row is row:
            return  # the task shown already (a search typed, a filter changed): nothing to load
        prev_key = self.store.previous_period(self.period_key)
        prev = None
        if row is not None and prev_key:
            found = self.store.task_rows(prev_key, [row.id])
            prev = found[0] if found else None
        self.editor.load(row, prev, PT.short_label(prev_key) if prev_key else "",
                         self.store.status_words(self.period_key),
                         self.current_period().closed or self.store.read_only)
        office_note.show_for(self, row)  # the city office's comment on the task (issue 15)
        self.guard.show_pending_in_editor()

    def _edited(self, field: str, old, new) -> None:
        row = self.editor.row
        self.undo.push(self._command(row, field, old, new))

    def _command(self, row, field: str, old, new) -> EditEntryCommand:
        assert self.period_key is not None  # the editor is writable only with a period loaded
        return self.make_command(row.id, self.period_key, row.no, field, old, new)

    def make_command(self, task_id: int, period_key: str, label: str, field: str, old, new):
        return EditEntryCommand(self.store, task_id, period_key, field, old, new, self.applied,
                                author=self.settings.filler.get("name", ""), label=label,
                                failed=self.guard.failed)

    def applied(self, task_id: int, period_key: str, field: str, value) -> None:
        """After a command wrote to the store: refresh that row, the editor and the counts."""
        self.guard.saved(task_id, period_key, field)
        if period_key != self.period_key:  # undo/redo of an edit made in another period
            self.set_period(period_key)
            self._reselect(task_id)
            return
        if not (rows := self.store.task_rows(self.period_key, [task_id])):
            return
        self.model.update_row(rows[0], light_for(rows[0], self.period_key, self.current_period().due_date,
                                                 words=self.model.words))
        self.editor.mark_saved()
        if self.editor.row is not None and self.editor.row.id == task_id:
            self.editor.row = rows[0]
            self.editor.set_value(field, value)
        elif self.model.row_of(task_id) >= 0:  # undo of another task's edit: show that task
            self._reselect(task_id)
        self._update_status_bar()
        if self.chart_pane is not None:
            self.chart_pane.refresh()

    def copy_previous(self) -> None:
        prev, row = self.editor.prev, self.editor.row
        if prev is None or row is None:
            return
        self.flush_edits()
        self.undo.beginMacro(self.tr("沿用上期(第{0}项)").format(row.no))
        for field in CARRIED_FIELDS:
            old, new = getattr(self.editor.row, field), getattr(prev, field)
            if (old, new) != (None, None) and old != new and (old or new or new == 0):
                self.undo.push(self._command(row, field, old, new))
        self.undo.endMacro()

    def show_history(self) -> None:
        from chizhou_desk.gui.small_dialogs import show_history

        show_history(self, self.current_row())

    # --- window --------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (not self._painted and event.type() == QEvent.Type.Paint
                and obj is self.ui.taskTable.viewport() and self.model.rowCount() > 0):
            self._painted = True
            QTimer.singleShot(0, self.dataPainted.emit)
        return super().eventFilter(obj, event)

    def _after_paint(self) -> None:
        if self._editor is None and not self._closed:
            self._show_current()

    def attach_chart_pane(self) -> None:
        if self.chart_pane is not None or self._closed:
            return
        from chizhou_desk.gui.chart_pane import ChartPane

        self.chart_pane = ChartPane(self.store, self)
        self.ui.chartHostLayout.addWidget(self.chart_pane)
        if self.period_key:
            self.chart_pane.set_context(self.current_unit(), self.period_key)

    def restore_layout(self) -> None:
        from chizhou_desk.gui import window_fit

        window_fit.restore(self)  # saved size, fitted to the screen it opens on

    def closeEvent(self, event) -> None:
        if not self._closed and not self.guard.may_close():  # typed text is never dropped
            event.ignore()
            return
        self._closed = True
        # teardown moves focus and selection; nothing may reach the closed store after this
        for source in (self.ui.taskTable.selectionModel(), self.ui.unitCombo.lineEdit(), self._editor):
            if source is not None:
                source.blockSignals(True)
        from chizhou_desk.gui import window_fit

        window_fit.save(self)
        if self.chart_pane is not None:
            self.chart_pane.cancel()
        self.guard.retry_timer.stop()
        self.store.close()
        if self.lock is not None:
            self.lock.unlock()
        super().closeEvent(event)
