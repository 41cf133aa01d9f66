"""The progress editor for the selected task: reports committed field changes, never writes itself."""

import math
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from chizhou_desk.domain import StatusWords
from chizhou_desk.gui.forms.ui_progress_editor import Ui_ProgressEditor
from chizhou_desk.lights import indicator_target_of
from chizhou_desk.store import TaskRow
from chizhou_desk.textdiff import highlight_html

TYPING_PAUSE_MS = 800
MAX_UNSAVED_MS = 4000  # typing that never pauses is still saved this often: a crash loses < 5 s,
# with a second to spare for a busy event loop and the save itself
NO_STATUS = str(QT_TRANSLATE_NOOP("ProgressEditor", "（未填）"))  # shown through self.tr


EXTRA_LABELS = {"leader": str(QT_TRANSLATE_NOOP("ProgressEditor", "责任领导")),
                "source": str(QT_TRANSLATE_NOOP("ProgressEditor", "任务来源"))}


class ProgressEditor(QWidget):
    edited = Signal(str, object, object)  # field, old value, new value
    notSaved = Signal(str)  # a message: typed text that cannot be saved as it is
    copyPrevRequested = Signal()
    historyRequested = Signal()
    saveStateChanged = Signal()  # saved_at or unsaved changed: the window's status bar shows them
    loaded = Signal()  # another task or period is shown (the 佐证材料 tab follows it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ProgressEditor()
        self.ui.setupUi(self)
        for label in self.findChildren(QLabel):  # task texts are data: never rendered as HTML
            label.setTextFormat(Qt.TextFormat.PlainText)
        for edit in (self.ui.progressEdit, self.ui.planEdit, self.ui.reasonEdit):
            edit.setUndoRedoEnabled(False)  # one undo system: the window's stack (issue 14)
        from chizhou_desk.gui import editor_layout

        editor_layout.fit_text_boxes(self.ui)
        editor_layout.bound_task_text(self, self.ui)
        from chizhou_desk.gui.editor_fit import IndicatorRow

        self.indicator_row = IndicatorRow(self.ui)  # hints kept whole: the boxes flow onto more lines
        self.row: TaskRow | None = None
        self.saved_at: str | None = None  # time of the last autosave, shown beside the counts
        self.unsaved: str | None = None  # why typed text is not saved yet (shown instead of the time)
        self.prev: TaskRow | None = None
        self._prev_label = ""
        self._saved: dict[str, object] = {}
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._max_timer = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._max_timer.timeout.connect(self.flush)
        self._widgets: dict[str, QPlainTextEdit | QLineEdit] = {
            "progress": self.ui.progressEdit, "next_steps": self.ui.planEdit, "reason": self.ui.reasonEdit,
            "indicator": self.ui.indicatorEdit, "rank": self.ui.rankEdit, "comment": self.ui.commentEdit,
            "indicator_target": self.ui.targetEdit}
        for w in self._widgets.values():
            w.installEventFilter(self)
            signal = w.textChanged
            signal.connect(self._typed)
        self.ui.statusCombo.activated.connect(lambda _i: self._commit("status"))
        self.ui.copyPrevButton.clicked.connect(self.copyPrevRequested)
        self.ui.historyButton.clicked.connect(self.historyRequested)
        self.load(None, None, "", [], True)

    # --- loading -------------------------------------------------------------------

    def load(self, row: TaskRow | None, prev: TaskRow | None, prev_label: str,
             statuses: "StatusWords | list[str]", read_only: bool) -> None:
        """`statuses`: the plan's words (store.status_words: their meanings say which ask for a reason)."""
        self.flush()
        self._loading = True
        self.row, self.prev = row, prev
        self.words = statuses if isinstance(statuses, StatusWords) else StatusWords.guessed(statuses)
        ui = self.ui
        from chizhou_desk.gui import editor_layout

        ui.statusCombo.clear()
        ui.statusCombo.addItems([self.tr(NO_STATUS), *self.words.words])
        for i, word in enumerate(self.words.words, 1):  # each word in its colour, as in the table
            ui.statusCombo.setItemData(i, QColor(self.words.colour(word)), Qt.ItemDataRole.ForegroundRole)
        if row is None:
            ui.taskTitleLabel.setText(self.tr("请在左侧选择任务"))
            for label in (ui.taskTextLabel, ui.unitsLabel, ui.targetLabel):
                label.clear()
            self._saved = {}
            for w in self._widgets.values():
                _set_text(w, "")
        else:
            ui.taskTitleLabel.setText(self.tr("第{0}项").format(row.no)
                                      + (f" · {row.section}" if row.section else ""))
            ui.taskTextLabel.setText(row.text)
            editor_layout.refit_task_text(ui)
            units = self.tr("牵头单位：") + "、".join(row.lead_units)
            if row.coop_units:
                units += self.tr("；配合单位：") + "、".join(row.coop_units)
            ui.unitsLabel.setText(units)
            extra = [f"{self.tr(EXTRA_LABELS.get(k, k))}:{v}" for k, v in row.extra.items() if v]
            target = "  ".join(x for x in (row.target and self.tr("目标：") + row.target,
                                           row.deadline and self.tr("时限：") + row.deadline, *extra) if x)
            ui.targetLabel.setText(target)
            ui.targetLabel.setVisible(bool(target))
            self._saved = {"status": row.status, "progress": row.progress, "next_steps": row.next_steps,
                           "reason": row.reason, "indicator": row.indicator, "rank": row.rank,
                           "comment": row.comment, "indicator_target": row.indicator_target}
            guessed = indicator_target_of(replace(row, indicator_target=None))
            ui.targetEdit.setPlaceholderText(
                self.tr("目标，任务文字中为 {0:g}").format(guessed) if guessed is not None
                else self.tr("全年目标值"))
            self.indicator_row.refit()
            for name in self._widgets:
                self._show(name, self._saved[name])
            self._show("status", row.status)
        self._set_enabled(row is not None and not read_only)
        self._prev_label = prev_label
        self._show_prev(prev_label)
        self._loading = False
        self._refresh_hints()
        self.loaded.emit()

    def set_value(self, field: str, value) -> None:
        """Show a value written elsewhere (undo/redo) without reporting it as an edit."""
        if self.row is None:
            return
        self._loading = True
        self._saved[field] = value
        self._show(field, value)
        self._loading = False
        self._refresh_hints()
        if field in ("progress", "next_steps"):  # the highlighted differences follow what is now saved
            self._show_prev(self._prev_label)

    def mark_unsaved(self, field: str, stored) -> None:
        """A write failed: remember the stored value so the next flush tries again."""
        self._saved[field] = stored
        self._refresh_hints()

    def show_pending(self, field: str, value) -> None:
        """Show typed text that is not saved yet (a failed save) over the stored value."""
        if self.row is None:
            return
        self._loading = True
        self._show(field, value)
        self._loading = False
        self._refresh_hints()

    def set_unsaved(self, reason: str | None) -> None:
        """未保存 (and why) instead of the last autosave time, while a save keeps failing."""
        self.unsaved = reason
        self._refresh_hints()

    def _show(self, field: str, value) -> None:
        if field == "status":
            i = self.ui.statusCombo.findText(value) if value else 0
            if i < 0:  # a word outside the plan's list (imported): keep it visible
                self.ui.statusCombo.addItem(value)
                i = self.ui.statusCombo.count() - 1
            self.ui.statusCombo.setCurrentIndex(i)
            return
        w = self._widgets[field]
        text = _shown(value)
        if _text(w) != text:
            _set_text(w, text)

    def _set_enabled(self, enabled: bool) -> None:
        self.ui.statusCombo.setEnabled(enabled)
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QApplication

        for w in self._widgets.values():
            w.setReadOnly(not enabled)
            palette = QApplication.palette(w)
            if not enabled:  # a closed period's boxes must not look editable
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            w.setPalette(palette)
        self.ui.copyPrevButton.setEnabled(enabled and self.prev is not None and self.prev.filled)
        self.ui.historyButton.setEnabled(self.row is not None)

    def _show_prev(self, prev_label: str) -> None:
        ui = self.ui
        ui.editorTabs.setTabText(1, self.tr("上期填报 {0}(&K)").format(prev_label) if prev_label
                                 else self.tr("上期填报(&K)"))
        ui.editorTabs.setTabToolTip(1, ui.editorTabs.tabText(1).replace("&", ""))  # if cut off
        if self.prev is None or not self.prev.filled:
            ui.prevStatusLabel.setText(self.tr("上期无填报") if prev_label else self.tr("本期为第一个期间"))
            ui.prevView.clear()
            return
        ui.prevStatusLabel.setText(self.tr("工作评价：") + (self.prev.status or self.tr(NO_STATUS)))
        current = self.row.progress if self.row else ""
        ui.prevView.setHtml(highlight_html(self.prev.progress, current)
                            + "<hr>" + highlight_html(self.prev.next_steps, self.row.next_steps if self.row else ""))

    # --- editing -------------------------------------------------------------------

    def value(self, field: str):
        if field == "status":
            text = self.ui.statusCombo.currentText()
            return None if text == self.tr(NO_STATUS) else text
        w = self._widgets[field]
        text = _text(w)
        if field in ("indicator", "indicator_target"):
            return _number(text)
        return text

    def _typed(self) -> None:
        if self._loading:
            return
        self._refresh_hints()
        self._timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()

    def flush(self) -> None:
        """Commit every field whose shown value differs from the saved one."""
        self._timer.stop()
        self._max_timer.stop()
        if self.row is None or self._loading:
            return
        for name in ("status", *self._widgets):
            self._commit(name)

    def _commit(self, field: str) -> None:
        if self.row is None or self._loading:
            return
        if field in ("indicator", "indicator_target") and _text(self._widgets[field]).strip() \
                and self.value(field) is None:
            self.notSaved.emit(self.tr("指标值“{0}”不是数字，未保存；文字说明请写在进展情况或备注中")
                               .format(_text(self._widgets[field]).strip()))
            return
        new, old = self.value(field), self._saved.get(field)
        if _blank_none(new) == _blank_none(old):
            return
        if isinstance(old, float) and _text(self._widgets[field]).strip() == _shown(old):
            return  # the saved number as shown, untouched (15 digits can differ in the last place)
        self._saved[field] = new
        self.edited.emit(field, old, new)
        self._refresh_hints()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.flush()
        return super().eventFilter(obj, event)

    def _refresh_hints(self) -> None:
        ui = self.ui
        from chizhou_desk.gui.editor_layout import show_status_rows

        show_status_rows(self, ui, self.value("status"), ui.progressEdit.toPlainText(), self.row is not None)
        for name, edit in (("indicator", ui.indicatorEdit), ("indicator_target", ui.targetEdit)):
            bad_number = bool(edit.text().strip()) and self.value(name) is None
            edit.setStyleSheet("border: 1px solid #c0392b;" if bad_number else "")
        text = self.tr("进展 {0} 字 · 安排 {1} 字 · 原因 {2} 字").format(
            len(ui.progressEdit.toPlainText()), len(ui.planEdit.toPlainText()),
            len(ui.reasonEdit.toPlainText()))
        if self.unsaved:  # never the old time while typed text waits to be saved
            text += " · " + self.tr("未保存：{0}").format(self.unsaved)
        elif self.saved_at:  # autosave is silent otherwise; people used to Ctrl+S want to see it happened
            text += " · " + self.tr("已自动保存 {0}").format(self.saved_at)
        ui.charCountLabel.setText(text)
        ui.charCountLabel.setStyleSheet("color: #c0392b; font-weight: bold;" if self.unsaved else "")
        self.saveStateChanged.emit()

    def mark_saved(self) -> None:
        from datetime import datetime

        self.saved_at = datetime.now().strftime("%H:%M:%S")
        self._refresh_hints()


def _text(w: QPlainTextEdit | QLineEdit) -> str:
    return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()


def _set_text(w: QPlainTextEdit | QLineEdit, text: str) -> None:
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(text)
    else:
        w.setText(text)


def _shown(value) -> str:
    """A value as its field shows it; numbers keep Excel's 15 significant digits, not 6."""
    if value is None:
        return ""
    return f"{value:.15g}" if isinstance(value, float) else str(value)


def _blank_none(value):
    return None if value == "" else value


def _number(text: str) -> float | None:
    text = text.strip().rstrip("%")
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is None or math.isfinite(value) else None  # inf, nan: not a number here
