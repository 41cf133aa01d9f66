"""The chart pane (objectName chartPane): a chart chosen from a list, following the window's unit
and period, redrawn after an edit, saved as PNG.

matplotlib costs ~0.4 s to import, so it is imported when the pane is first shown, not at start-up;
while the pane is hidden, changes only mark it stale.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chizhou_desk import charts
from chizhou_desk.errors import InputError
from chizhou_desk.gui import dialogs
from chizhou_desk.gui import period_texts as PT
from chizhou_desk.gui.chart_table import StatusTableView
from chizhou_desk.gui.chart_texts import chart_texts

if TYPE_CHECKING:  # matplotlib loads when the pane is first shown, not at start-up
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

REFRESH_DELAY_MS = 400


class ChartPane(QWidget):
    redrawn = Signal()  # the canvas shows the current context (tests and bench wait for it)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.store = store
        self.unit: str | None = None
        self.period_key: str | None = None
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.failure = ""  # the line shown when the chart could not be drawn
        self._stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_now)

        self.chart_combo = QComboBox(self)
        self.chart_combo.setObjectName("chartCombo")
        names = {"status": self.tr("工作评价统计"), "by_unit": self.tr("各单位工作评价"),
                 "over_periods": self.tr("各期工作评价"), "lights": self.tr("红黄绿灯"),
                 "indicator": self.tr("指标完成情况"), "unit_table": self.tr("各单位工作评价统计表")}
        for kind in charts.CHARTS:
            self.chart_combo.addItem(names[kind], kind)
        self.chart_combo.setAccessibleName(self.tr("图表"))
        self.task_combo = QComboBox(self)
        self.task_combo.setObjectName("chartTaskCombo")
        self.task_combo.setAccessibleName(self.tr("指标任务"))
        self.task_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.task_combo.setMinimumContentsLength(12)
        self.task_combo.hide()
        self.save_button = QPushButton(self.tr("保存图片"), self)
        self.save_button.setObjectName("saveChartButton")
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("按报告版心宽度(156 mm)、300 dpi 保存"))
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setObjectName("printChartButton")
        self.print_button.setEnabled(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chart_combo)
        top.addWidget(self.task_combo, 1)
        top.addStretch()
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(top)
        self._placeholder = QLabel(self.tr("图表将在显示时绘制"), self)
        self._placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self._placeholder, 1)
        self.table = StatusTableView(self)  # 各单位工作评价统计表 in the pane
        self.table.hide()
        self._layout.addWidget(self.table, 1)

        self.chart_combo.currentIndexChanged.connect(self._chart_changed)
        self.task_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.save_button.clicked.connect(self.save_image)
        self.print_button.clicked.connect(self.print_chart)

    # --- the window calls these ---------------------------------------------------------

    def set_context(self, unit: str | None, period_key: str) -> None:
        """Follow the toolbar: `unit` None means all units."""
        changed = (unit, period_key) != (self.unit, self.period_key)
        self.unit, self.period_key = unit, period_key
        if changed and self.kind() == "indicator":
            self._fill_tasks()
        self._update()

    def refresh(self) -> None:
        """Redraw after an edit (or a new database in self.store), once typing pauses: a chart of
        10,000 tasks takes ~150 ms, which must not sit between a keystroke and its save."""
        self._refresh_timer.start()

    def _refresh_now(self) -> None:
        if not self.isVisible() or self.period_key is None:
            self._stale = True  # drawn when shown again
            return
        if self.kind() == "indicator":
            self._fill_tasks()
        self._update()

    def cancel(self) -> None:
        """The window is closing its store: no pending redraw may reach it."""
        self._refresh_timer.stop()

    def kind(self) -> str:
        return self.chart_combo.currentData()

    def set_chart(self, kind: str) -> None:
        self.chart_combo.setCurrentIndex(self.chart_combo.findData(kind))

    # --- drawing ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._make_canvas()
        if self._stale:
            self._update()

    def _make_canvas(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5, 3.5), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(240, 180)
        self._layout.replaceWidget(self._placeholder, self.canvas)
        self._placeholder.deleteLater()
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _update(self) -> None:
        if self.canvas is None or self.figure is None or not self.isVisible() or self.period_key is None:
            self._stale = True
            return
        self._stale = False
        self.failure = ""
        as_table = self.kind() == "unit_table"  # a Qt table in the pane: readable; print and save draw A4
        try:
            if as_table:
                self.table.show_table(charts.status_table(self.store, self.period_key, texts=chart_texts()))
            else:
                task_no = self.task_combo.currentData() if self.kind() == "indicator" else None
                charts.build(self.kind(), self.store, self.period_key, self.unit, task_no, fig=self.figure,
                             texts=chart_texts())
                self.canvas.draw()
        except Exception as exc:  # noqa: BLE001  a chart that cannot be drawn is a line here, never the crash dialog
            self._show_failure(exc)
            as_table = False
        self.table.setVisible(as_table)
        self.canvas.setVisible(not as_table)
        self.redrawn.emit()

    def _show_failure(self, exc: Exception) -> None:
        from chizhou_desk.logs import log

        if not isinstance(exc, InputError):  # e.g. a period a freshly opened database lacks: no bug
            log.exception("chart %s for %s failed", self.kind(), self.period_key)
        assert self.figure is not None and self.canvas is not None
        self.figure.clear()
        self.figure.set_layout_engine("none")
        self.failure = self.tr("无法绘制此图表：{0}").format(exc if isinstance(exc, InputError) else type(exc).__name__)
        self.figure.text(0.5, 0.5, self.failure, ha="center", va="center", color="#c0392b", wrap=True)
        try:
            self.canvas.draw()
        except Exception:  # noqa: BLE001  the canvas itself failing: leave it blank
            log.exception("chart canvas failed")

    def _chart_changed(self, _index: int) -> None:
        is_indicator = self.kind() == "indicator"
        self.task_combo.setVisible(is_indicator)
        if is_indicator:
            self._fill_tasks()
        self._update()

    def _fill_tasks(self) -> None:
        if self.period_key is None:
            return
        current = self.task_combo.currentData()
        self.task_combo.blockSignals(True)
        self.task_combo.clear()
        try:
            rows = charts.indicator_tasks(self.store, self.period_key, self.unit)
        except Exception as exc:  # noqa: BLE001  e.g. a freshly opened database without this period: no tasks
            if not isinstance(exc, InputError):
                from chizhou_desk.logs import log

                log.exception("indicator tasks for %s failed", self.period_key)
            rows = []
        for row in rows:
            text = row.text.strip()
            self.task_combo.addItem(self.tr("第{0}项 {1}").format(row.no, text[:18] + ("…" if len(text) > 18 else "")),
                                    row.no)
        index = self.task_combo.findData(current)
        self.task_combo.setCurrentIndex(index if index >= 0 else 0)
        self.task_combo.blockSignals(False)

    # --- saving -------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        who = self.unit or self.tr("全部单位")
        period = PT.long_label(self.period_key) if self.period_key else ""
        return f"{who}_{period}_{self.chart_combo.currentText()}.png"

    def report_figure(self):
        """The current chart drawn afresh at the report's width (the table at A4)."""
        assert self.period_key is not None  # save_image and print_chart return early without a period
        task_no = self.task_combo.currentData() if self.kind() == "indicator" else None
        return charts.report_figure(self.kind(), self.store, self.period_key, self.unit, task_no,
                                    texts=chart_texts())

    def save_image(self) -> str | None:
        if self.figure is None or self.period_key is None:
            return None
        path = dialogs.get_save_path(self, self.tr("保存图片"), self.default_file_name(),
                                     self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            charts.save_png(self.report_figure(), path, dpi=charts.REPORT_DPI)
        except Exception as exc:  # noqa: BLE001  OSError, InputError or a chart bug: said, never raised into Qt
            if not isinstance(exc, (OSError, InputError)):
                from chizhou_desk.logs import log

                log.exception("saving chart %s failed", self.kind())
            QMessageBox.warning(self, self.tr("保存图片"), self.tr("无法保存图片：{0}").format(exc))
            return None
        return path

    def print_chart(self) -> None:
        """Print preview of the chart on one A4 page (the status × unit table fills it)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from chizhou_desk.gui import printing

        if self.period_key is None:
            return
        try:
            image = chart_image(self.report_figure())
        except Exception as exc:  # noqa: BLE001  a chart that cannot be drawn: said, never raised into Qt
            from chizhou_desk.logs import log

            log.exception("printing chart %s failed", self.kind())
            QMessageBox.warning(self, self.tr("打印…"), self.tr("无法绘制此图表：{0}").format(type(exc).__name__))
            return
        printer = printing.make_printer(landscape=False)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(lambda p: paint_image(p, image))
        dialog.exec()


def chart_image(fig, dpi: int = 200):
    """The figure as a QImage (through PNG bytes: no Qt canvas needed)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PySide6.QtGui import QImage

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return QImage.fromData(buf.getvalue(), "PNG")  # type: ignore[arg-type]  # stub says bytes; Qt takes only str


def paint_image(device, image) -> None:
    """One page: the image scaled to the page's printable area, aspect kept, centred at the top."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPainter

    painter = QPainter(device)
    try:
        area = painter.viewport()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(),
                                size.height()), image)
    finally:
        painter.end()
