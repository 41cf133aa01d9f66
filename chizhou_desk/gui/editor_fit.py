"""The editor's value / rank / target boxes: side by side when their hints fit, else flowed onto
more lines, so a hint ("Rank in the province, e.g. 6th") is never cut off; English hints are
longer than Chinese ones, and the target's hint changes with the task."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget


def hint_width(edit: QLineEdit) -> int:
    """The width `edit` needs to show its whole placeholder (QLineEdit's own margins and frame)."""
    fm = edit.fontMetrics()
    chrome = edit.sizeHint().width() - 17 * fm.horizontalAdvance("x")  # sizeHint is 17 x's + chrome
    return fm.horizontalAdvance(edit.placeholderText()) + chrome


class IndicatorRow(QObject):
    def __init__(self, ui):
        super().__init__(ui.indicatorEdit.parent())
        self.edits = [ui.indicatorEdit, ui.rankEdit, ui.targetEdit]
        for edit in self.edits:
            ui.indicatorLayout.removeWidget(edit)
        self.host = QWidget(ui.indicatorEdit.parentWidget())
        self.host.setObjectName("indicatorRow")
        self.lines = QVBoxLayout(self.host)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(ui.indicatorLayout.spacing() if ui.indicatorLayout.spacing() >= 0 else 4)
        ui.indicatorLayout.addWidget(self.host)
        self.shape: tuple = ()
        self._place((len(self.edits),), (1,) * len(self.edits))
        self.host.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.host and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit()
        return False

    def refit(self) -> None:
        """Flow the boxes into as few lines as keep every hint whole (one box a line at worst)."""
        width, gap = self.host.width(), self.lines.spacing()
        shape: list[int] = []
        used = 0
        needs = tuple(hint_width(edit) for edit in self.edits)
        for need in needs:
            if shape and used + gap + need <= width:
                shape[-1] += 1
                used += gap + need
            else:
                shape.append(1)
                used = need
        self._place(tuple(shape), needs)

    def _place(self, shape: tuple[int, ...], needs: tuple[int, ...]) -> None:
        if (shape, needs) == self.shape:
            return
        self.shape = (shape, needs)
        while (item := self.lines.takeAt(0)) is not None:
            line = item.layout()
            if line is not None:
                while line.takeAt(0) is not None:
                    pass
                line.deleteLater()
        edits = iter(zip(self.edits, needs, strict=True))
        for count in shape:
            line = QHBoxLayout()
            line.setSpacing(self.lines.spacing())
            for _ in range(count):
                edit, need = next(edits)
                line.addWidget(edit, need)  # each box its hint's share: a longer hint, a wider box
            self.lines.addLayout(line)

