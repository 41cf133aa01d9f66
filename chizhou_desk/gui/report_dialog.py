"""文件 → 导出报告(Word)'s one question: unit names (full or short), the sign-off (署名, kept in the
list's 清单信息) and the date under it."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

translate = QCoreApplication.translate
NAME_CHOICES = (str(QT_TRANSLATE_NOOP("ReportActions", "全称(如 市发展改革委)")),
                str(QT_TRANSLATE_NOOP("ReportActions", "简称(如 市发改委；简称在“单位名称与简称”中设置)")))


class ReportDialog(QDialog):
    def __init__(self, office: str, short: bool, parent=None, default_office: str = ""):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(translate("ReportActions", "导出报告(Word)"))
        self.names = QComboBox(self)
        self.names.setObjectName("reportNames")
        self.names.addItems([translate("ReportActions", c) for c in NAME_CHOICES])
        self.names.setCurrentIndex(int(short))
        self.office = QLineEdit(office, self)
        self.office.setObjectName("reportOffice")
        self.office.setPlaceholderText(default_office)
        self.office.setMinimumWidth(360)
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setObjectName("reportDate")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(translate("ReportActions", "报告中的单位名称："), self.names)
        form.addRow(translate("ReportActions", "署名(落款单位)："), self.office)
        form.addRow(translate("ReportActions", "成文日期："), self.when)
        note = QLabel(translate("ReportActions", "署名保存在“编辑 → 清单信息”中，下次导出时沿用。"), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def short_names(self) -> bool:
        return self.names.currentIndex() == 1

    def office_text(self) -> str:
        return self.office.text().strip() or self.office.placeholderText()

    def date(self) -> date:
        return self.when.date().toPython()  # type: ignore[return-value]
