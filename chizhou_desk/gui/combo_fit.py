"""The filter bar's unit and period boxes as wide as their longest entry (市人力资源社会保障局,
"Own unit (…)", "Jan–May 2025 (closed)"), within a cap; the current text is also the tooltip,
for a window too narrow to show it whole."""

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox

MAX_CHARS = 40  # x-widths: a longer name is shown by the tooltip and the open list


def fit_to_items(combo: QComboBox) -> None:
    fm = combo.fontMetrics()
    widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    chars = min(MAX_CHARS, math.ceil(widest / max(1, fm.horizontalAdvance("x"))) + 1)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(max(combo.minimumContentsLength(), chars))
    combo.view().setMinimumWidth(widest + 40)  # the open list shows every entry whole


def install(window) -> None:
    for combo in (window.ui.unitCombo, window.ui.periodCombo):
        # once the box is filled, not once per item added (60 units: 1,800 text widths at start)
        pending: list[bool] = []

        def fit(c=combo, pending=pending) -> None:
            pending.clear()
            fit_to_items(c)

        def later(*_a, c=combo, pending=pending, fit=fit) -> None:
            if not pending:
                pending.append(True)
                QTimer.singleShot(0, c, fit)
        for signal in (combo.model().rowsInserted, combo.model().modelReset):
            signal.connect(later)
        combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(text))
