"""The progress editor's layout: text boxes as tall as their text, the task text bounded, rows
shown only when they mean something, so status, reason and its warning stay above the fold."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QScrollArea, QSizePolicy, QWidget

from chizhou_desk.domain import carried_over, needs_reason

MIN_LINES = {"progressEdit": 2, "planEdit": 2, "reasonEdit": 2}
MAX_LINES = {"progressEdit": 9, "planEdit": 6, "reasonEdit": 4}
TASK_TEXT_LINES = 4  # longer task texts scroll in their own box; the pane itself does not


class _FitHeight(QObject):
    """Keeps a QPlainTextEdit as tall as its wrapped text, between a minimum and a maximum of lines."""

    def __init__(self, edit: QPlainTextEdit, min_lines: int, max_lines: int):
        super().__init__(edit)
        self.edit, self.min_lines, self.max_lines = edit, min_lines, max_lines
        self.extra_lines = 0  # given by SideSplit when a tall window has room to spare
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.textChanged.connect(self.fit)
        edit.installEventFilter(self)
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        edit = self.edit
        metrics = edit.fontMetrics()
        margin = int(edit.document().documentMargin())
        width = max(50, edit.viewport().width() - 2 * margin - 4)
        text = edit.toPlainText() or " "
        height = metrics.boundingRect(QRect(0, 0, width, 100000),
                                      Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere, text).height()
        line = metrics.lineSpacing()
        extra = self.extra_lines
        lines = max(self.min_lines + extra,
                    min(self.max_lines + extra, round(height / line) + (text.endswith("\n"))))
        frame = edit.frameWidth() * 2 + 2 * margin + 2
        edit.setFixedHeight(lines * line + frame)

    def grow(self, lines: int) -> int:
        """At least `lines` more than the text needs (a tall window); the pixels that adds."""
        if lines != self.extra_lines:
            self.extra_lines = lines
            self.fit()
        return lines * self.edit.fontMetrics().lineSpacing()


def fit_text_boxes(ui) -> None:
    ui.textFits = {name: _FitHeight(getattr(ui, name), low, MAX_LINES[name]) for name, low in MIN_LINES.items()}


class _TaskTextBox(QObject):
    """As tall as the task text, at most TASK_TEXT_LINES lines; a longer text scrolls in its box."""

    def __init__(self, box: QScrollArea, label):
        super().__init__(box)
        self.box, self.label = box, label
        box.installEventFilter(self)
        label.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and obj is self.box \
                or event.type() == QEvent.Type.Polish and obj is self.label:
            self.fit()
        return False

    def fit(self) -> None:
        line = self.label.fontMetrics().lineSpacing()
        needed = self.label.heightForWidth(max(50, self.box.viewport().width()))
        self.box.setFixedHeight(max(line, min(needed, line * TASK_TEXT_LINES + 4)))


def bound_task_text(editor, ui) -> None:
    """The task text in a box of at most TASK_TEXT_LINES lines that scrolls itself, so the pane
    around it need not; 沿用上期 and 修改记录 sit beside the tabs, always in view."""
    label = ui.taskTextLabel
    box = QScrollArea(editor)
    box.setObjectName("taskTextBox")
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setWidgetResizable(True)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.layout().replaceWidget(label, box)
    box.setWidget(label)
    ui.taskTextBox = box
    ui.taskTextFit = _TaskTextBox(box, label)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    corner = QWidget(editor)
    buttons = ui.prevButtons
    ui.editorLayout.removeItem(buttons)
    corner.setLayout(buttons)
    buttons.setContentsMargins(0, 0, 0, 2)
    ui.editorTabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
    ui.formLayout.setVerticalSpacing(4)
    ui.editorLayout.setSpacing(4)


def refit_task_text(ui) -> None:
    ui.taskTextFit.fit()


def show_status_rows(editor, ui, status: str | None, progress: str, has_row: bool) -> None:
    """The reason row only for statuses that say "behind" (or a reason already written);
    a status chosen without progress is flagged at once, it is not a report."""
    form = ui.formLayout
    reason_written = bool(ui.reasonEdit.toPlainText().strip())
    behind = needs_reason(status, getattr(editor, "words", None))  # the plan's meaning of the word
    form.setRowVisible(ui.reasonEdit, has_row and (behind or reason_written))
    missing_reason = has_row and behind and not reason_written
    form.setRowVisible(ui.reasonWarning, missing_reason)
    ui.reasonWarning.setVisible(missing_reason)  # tests and screen readers ask the label itself
    if status:
        label = QCoreApplication.translate("ProgressEditor", "{0}原因(&Y)").format(status)
        ui.reasonLabel.setText(label if behind
                               else QCoreApplication.translate("ProgressEditor", "未达预期原因(&Y)"))
        ui.reasonWarning.setText(QCoreApplication.translate("ProgressEditor", "工作评价为“{0}”时须填写原因")
                                 .format(status))
    unreported = has_row and bool(status) and not progress.strip()
    prev = getattr(editor, "prev", None)
    if carried_over(status, progress, prev.status if prev is not None else None):
        warning = QCoreApplication.translate("ProgressEditor", "“{0}”沿用上期评价，还需填写本期进展情况")
    else:
        warning = QCoreApplication.translate("ProgressEditor", "已选“{0}”，还需填写进展情况")
    ui.stateWarning.setText(warning.format(status) if unreported else "")
    form.setRowVisible(ui.stateWarning, unreported)
    ui.stateWarning.setVisible(unreported)


CHART_MIN = 180  # below this the chart's labels overlap; the editor comes first
CHART_COMFORT = 380  # a tall window gives the editor's boxes what is left above this
GROW_SHARE = {"progressEdit": 2, "planEdit": 1}  # of the spare lines: progress first


class SideSplit(QObject):
    """Until the user drags it, the side splitter gives the editor what it needs (the reason rows
    counted even when hidden, so choosing 未达预期 moves nothing) and the chart the rest."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.splitter = window, window.ui.sideSplitter
        self.auto = window.settings.bytes("window/sideSplitter") is None
        self.splitter.splitterMoved.connect(self._moved)
        self.splitter.installEventFilter(self)
        self._setting = False
        self.apply()

    def _moved(self, *_):
        if not self._setting:
            self.auto = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        editor = self.window.editor_if_built()
        if not self.auto or editor is None:
            return
        ui = editor.ui
        fits = getattr(ui, "textFits", {})
        grown = any(fit.extra_lines for fit in fits.values())
        self._grow(fits, 0)  # measured as the text needs it, then grown into the room left
        if grown:  # the shrunk boxes' layouts report their hints only once their requests are handled
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        need = editor.sizeHint().height() + 4
        if not ui.reasonEdit.isVisibleTo(editor):
            need += ui.reasonEdit.height() + ui.reasonWarning.sizeHint().height() + 8
        # the new height: a Resize reaches this filter before the splitter shares it out by stretch
        total = self.splitter.height() - self.splitter.handleWidth() if self.splitter.isVisible() \
            else sum(self.splitter.sizes()) or self.splitter.height()
        need += self._grow(fits, max(0, total - CHART_COMFORT - need))
        top = max(0, min(need, total - CHART_MIN))
        self._setting = True
        self.splitter.setSizes([top, total - top])
        self._setting = False

    @staticmethod
    def _grow(fits: dict, spare: int) -> int:
        """Spread `spare` pixels over the progress and next-steps boxes as whole lines."""
        added = 0
        for name, share in GROW_SHARE.items():
            fit = fits.get(name)
            if fit is not None:
                px = spare * share // sum(GROW_SHARE.values())
                added += fit.grow(px // fit.edit.fontMetrics().lineSpacing())
        return added
