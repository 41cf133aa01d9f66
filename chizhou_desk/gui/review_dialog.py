"""In 报送情况: the office accepts (采纳) or returns (退回…) the selected unit's latest submission,
with a reason for the whole file or for one of its tasks, and writes the unit's 审核意见单 for its
liaison to import (core: Store.review, exports/feedback.py; no SQL here)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from chizhou_desk.gui import dialogs
from chizhou_desk.gui.core_texts import core_text

XLSX_FILTER = "Excel (*.xlsx)"



class ReturnDialog(QDialog):
    """退回: the reason, for the whole submission or for one task of the unit."""

    def __init__(self, unit: str, tasks: list, parent=None):
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("退回报送表 — {0}").format(unit))
        self.taskCombo = QComboBox(self)
        self.taskCombo.setObjectName("returnTaskCombo")
        self.taskCombo.addItem(self.tr("整份报送表"), None)
        for row in tasks:
            text = row.text if len(row.text) <= 30 else row.text[:30] + "…"
            self.taskCombo.addItem(self.tr("第{0}项 {1}").format(row.no, text), row.no)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("returnReasonEdit")
        self.reasonEdit.setPlaceholderText(self.tr("退回原因，联络员将在本程序中看到"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("退回"))
        self.buttons.accepted.connect(self._accept_if_reason)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("针对："), self.taskCombo)
        form.addRow(self.tr("原因："), self.reasonEdit)
        form.addRow(self.buttons)
        self.resize(560, 260)

    def task_no(self) -> str | None:
        return self.taskCombo.currentData()

    def reason(self) -> str:
        return self.reasonEdit.toPlainText().strip()

    def _accept_if_reason(self) -> None:
        if self.reason():
            self.accept()
        else:
            self.reasonEdit.setPlaceholderText(self.tr("退回须写明原因"))
            self.reasonEdit.setFocus()


class ReviewButtons:
    """采纳 · 退回… · 导出审核意见单… under the 报送情况 table, for the selected unit."""

    def __init__(self, view):
        self.view = view
        self.bar = QWidget(view)
        self.bar.setObjectName("reviewBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(QCoreApplication.translate("SubmissionsDialog", "选中一个已报送的单位："), self.bar)
        self.acceptButton = self._button(
            "acceptButton", QCoreApplication.translate("SubmissionsDialog", "采纳"), self.accept_unit)
        self.returnButton = self._button(
            "returnButton", QCoreApplication.translate("SubmissionsDialog", "退回…"), self.return_unit)
        self.feedbackButton = self._button(
            "feedbackButton", QCoreApplication.translate("SubmissionsDialog", "导出审核意见单…"),
            self.export_feedback)
        row.addWidget(self.hint)
        for b in (self.acceptButton, self.returnButton, self.feedbackButton):
            row.addWidget(b)
        row.addStretch(1)
        self.dialog: ReturnDialog | None = None  # the open 退回 dialog, for tests and the keyboard
        view.table.selectionModel().selectionChanged.connect(self.update)
        view.model.modelReset.connect(self.update)
        self.update()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text, self.bar)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    def update(self, *_args) -> None:
        s = self.view.selected_status()
        submitted = s is not None and s.submitted
        self.acceptButton.setEnabled(submitted and not self.view.store.read_only)
        self.returnButton.setEnabled(submitted and not self.view.store.read_only)
        self.feedbackButton.setEnabled(submitted and s.review is not None)

    def _after(self, unit: str) -> None:
        """Refresh the table and keep the unit selected."""
        self.view.refresh()
        proxy = self.view.proxy
        for i in range(proxy.rowCount()):
            if proxy.index(i, 1).data() == unit:
                self.view.table.selectionModel().select(
                    proxy.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                break

    def _mark(self, unit: str, verdict: str, reason: str = "", task_no=None) -> bool:
        try:
            self.view.store.review(unit, self.view.period_key, verdict, reason, task_no)
        except Exception as exc:  # noqa: BLE001  InputError or a locked database: said, not raised into Qt
            QMessageBox.warning(self.view, QCoreApplication.translate("SubmissionsDialog", "未能保存"),
                                core_text(str(exc)))
            return False
        self._after(unit)
        return True

    def accept_unit(self) -> bool:
        s = self.view.selected_status()
        return bool(s and s.submitted) and self._mark(s.unit, "accepted")

    def return_unit(self) -> ReturnDialog | None:
        s = self.view.selected_status()
        if not (s and s.submitted):
            return None
        from chizhou_desk.query import select

        dialog = ReturnDialog(s.unit, select(self.view.store, self.view.period_key, unit=s.unit), self.view)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._mark(s.unit, "returned", dialog.reason(), dialog.task_no())
        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def export_feedback(self) -> str | None:
        s = self.view.selected_status()
        if not (s and s.review):
            return None
        from chizhou_desk.exports.feedback import default_feedback_name, export_feedback

        # beside the unit's file (where the office keeps the month's files), else the last export folder
        beside = Path(s.file).parent if s.file else None
        folder = beside if beside is not None and beside.is_dir() else Path(self.view.folder or Path.home())
        path = dialogs.get_save_path(self.view, QCoreApplication.translate("SubmissionsDialog", "导出审核意见单"),
                                     str(folder / default_feedback_name(s.unit, self.view.period_key)),
                                     XLSX_FILTER)
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_feedback(self.view.store, s.unit, self.view.period_key, path)
        except Exception as exc:  # noqa: BLE001  InputError or OSError: said, not raised into Qt
            QMessageBox.warning(self.view, QCoreApplication.translate("SubmissionsDialog", "导出失败"),
                                core_text(str(exc)))
            return None
        done = QCoreApplication.translate("SubmissionsDialog", " — 已导出审核意见单：{0}").format(path)
        self.view.summary.setText(self.view.summary.text().split(" — ")[0] + done)
        return path
