# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_ImportPreview(object):
    def setupUi(self, importPreview):
        if not importPreview.objectName():
            importPreview.setObjectName(u"importPreview")
        importPreview.resize(1180, 680)
        self.previewLayout = QVBoxLayout(importPreview)
        self.previewLayout.setObjectName(u"previewLayout")
        self.fileLabel = QLabel(importPreview)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fileLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.fileLabel)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.sheetLabel = QLabel(importPreview)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.choiceLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(importPreview)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumSize(QSize(140, 0))

        self.choiceLayout.addWidget(self.sheetCombo)

        self.headerRowLabel = QLabel(importPreview)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.choiceLayout.addWidget(self.headerRowLabel)

        self.headerRow = QSpinBox(importPreview)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setMinimum(1)
        self.headerRow.setMaximum(30)

        self.choiceLayout.addWidget(self.headerRow)

        self.periodLabel = QLabel(importPreview)
        self.periodLabel.setObjectName(u"periodLabel")

        self.choiceLayout.addWidget(self.periodLabel)

        self.importPeriod = QComboBox(importPreview)
        self.importPeriod.setObjectName(u"importPeriod")
        self.importPeriod.setMinimumSize(QSize(180, 0))

        self.choiceLayout.addWidget(self.importPeriod)

        self.yearLabel = QLabel(importPreview)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choiceLayout.addWidget(self.yearLabel)

        self.importYear = QSpinBox(importPreview)
        self.importYear.setObjectName(u"importYear")
        self.importYear.setMinimum(2000)
        self.importYear.setMaximum(2099)

        self.choiceLayout.addWidget(self.importYear)

        self.sourceLabel = QLabel(importPreview)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.choiceLayout.addWidget(self.sourceLabel)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.previewLayout.addLayout(self.choiceLayout)

        self.hintLabel = QLabel(importPreview)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.hintLabel)

        self.previewTable = QTableView(importPreview)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.previewTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        self.tasksLabel = QLabel(importPreview)
        self.tasksLabel.setObjectName(u"tasksLabel")

        self.previewLayout.addWidget(self.tasksLabel)

        self.tasksPreview = QTableWidget(importPreview)
        self.tasksPreview.setObjectName(u"tasksPreview")
        self.tasksPreview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasksPreview.setTabKeyNavigation(False)
        self.tasksPreview.setMaximumSize(QSize(16777215, 190))

        self.previewLayout.addWidget(self.tasksPreview)

        self.messageLabel = QLabel(importPreview)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(importPreview)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.previewLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerRowLabel.setBuddy(self.headerRow)
        self.periodLabel.setBuddy(self.importPeriod)
        self.yearLabel.setBuddy(self.importYear)
        self.tasksLabel.setBuddy(self.tasksPreview)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sheetCombo, self.headerRow)
        QWidget.setTabOrder(self.headerRow, self.importPeriod)
        QWidget.setTabOrder(self.importPeriod, self.importYear)
        QWidget.setTabOrder(self.importYear, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.tasksPreview)

        self.retranslateUi(importPreview)

        QMetaObject.connectSlotsByName(importPreview)
    # setupUi

    def retranslateUi(self, importPreview):
        importPreview.setWindowTitle(QCoreApplication.translate("ImportPreview", u"\u5bfc\u5165\u9884\u89c8", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportPreview", u"\u5de5\u4f5c\u8868(&W)", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportPreview", u"\u8868\u5934\u884c(&H)", None))
        self.periodLabel.setText(QCoreApplication.translate("ImportPreview", u"\u671f\u95f4(&P)", None))
        self.yearLabel.setText(QCoreApplication.translate("ImportPreview", u"\u5e74\u4efd(&Y)", None))
        self.sourceLabel.setStyleSheet(QCoreApplication.translate("ImportPreview", u"color: #555;", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportPreview", u"\u7b2c\u4e00\u884c\u7684\u4e0b\u62c9\u6846\u662f\u6bcf\u5217\u7684\u542b\u4e49\uff0c\u53ef\u4ee5\u66f4\u6539\uff1b\u6807\u201c?\u201d\u7684\u5217\u662f\u7a0b\u5e8f\u63a8\u6d4b\u7684\uff0c\u8bf7\u6838\u5bf9\u3002\u8868\u5934\u884c\u4ee5\u9ec4\u8272\u6807\u51fa\u3002\u53cc\u51fb\u5355\u5143\u683c(\u6216\u6309 F2)\u53ef\u4fee\u6539\u5185\u5bb9\uff1b\u53f3\u952e\u4e00\u884c(\u6216\u6309\u5feb\u6377\u952e)\u53ef\u6807\u4e3a\u4efb\u52a1\u3001\u5206\u7ec4\u6807\u9898\u3001\u63a5\u4e0a\u4e00\u884c\u6216\u4e0d\u5c5e\u4e8e\u6e05\u5355\u3002", None))
        self.tasksLabel.setText(QCoreApplication.translate("ImportPreview", u"\u5c06\u5bfc\u5165\u7684\u524d\u51e0\u9879\u4efb\u52a1(&T)", None))
    # retranslateUi

