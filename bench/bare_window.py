"""The baseline: a bare PySide6 window holding a 147-row QTableWidget, ready once it has painted."""

import sys
import time

T0 = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402


class Ready(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False


def done():
    print(f"ready {(time.perf_counter() - T0) * 1000:.0f}", flush=True)
    app.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(147, 7)
for r in range(147):
    for c in range(7):
        table.setItem(r, c, QTableWidgetItem(f"任务 {r} 列 {c}"))
window.setCentralWidget(table)
ready = Ready()
table.viewport().installEventFilter(ready)
window.resize(1280, 800)
window.show()
app.exec()
