# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProgressEditor(object):
    def setupUi(self, ProgressEditor):
        if not ProgressEditor.objectName():
            ProgressEditor.setObjectName(u"ProgressEditor")
        ProgressEditor.resize(520, 640)
        self.editorLayout = QVBoxLayout(ProgressEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.taskTitleLabel = QLabel(ProgressEditor)
        self.taskTitleLabel.setObjectName(u"taskTitleLabel")

        self.editorLayout.addWidget(self.taskTitleLabel)

        self.taskTextLabel = QLabel(ProgressEditor)
        self.taskTextLabel.setObjectName(u"taskTextLabel")
        self.taskTextLabel.setWordWrap(True)
        self.taskTextLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.taskTextLabel)

        self.unitsLabel = QLabel(ProgressEditor)
        self.unitsLabel.setObjectName(u"unitsLabel")
        self.unitsLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.unitsLabel)

        self.targetLabel = QLabel(ProgressEditor)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.targetLabel)

        self.editorTabs = QTabWidget(ProgressEditor)
        self.editorTabs.setObjectName(u"editorTabs")
        self.editorTabs.setDocumentMode(True)
        self.currentTab = QWidget()
        self.currentTab.setObjectName(u"currentTab")
        self.currentLayout = QVBoxLayout(self.currentTab)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentLayout.setContentsMargins(0, -1, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.statusLabel = QLabel(self.currentTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.currentTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.stateWarning = QLabel(self.currentTab)
        self.stateWarning.setObjectName(u"stateWarning")
        self.stateWarning.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stateWarning)

        self.reasonLabel = QLabel(self.currentTab)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.currentTab)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonWarning = QLabel(self.currentTab)
        self.reasonWarning.setObjectName(u"reasonWarning")
        self.reasonWarning.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonWarning)

        self.progressLabel = QLabel(self.currentTab)
        self.progressLabel.setObjectName(u"progressLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressEdit = QPlainTextEdit(self.currentTab)
        self.progressEdit.setObjectName(u"progressEdit")
        self.progressEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.progressEdit)

        self.planLabel = QLabel(self.currentTab)
        self.planLabel.setObjectName(u"planLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planEdit = QPlainTextEdit(self.currentTab)
        self.planEdit.setObjectName(u"planEdit")
        self.planEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.planEdit)

        self.indicatorLabel = QLabel(self.currentTab)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorLayout = QHBoxLayout()
        self.indicatorLayout.setObjectName(u"indicatorLayout")
        self.indicatorEdit = QLineEdit(self.currentTab)
        self.indicatorEdit.setObjectName(u"indicatorEdit")

        self.indicatorLayout.addWidget(self.indicatorEdit)

        self.rankEdit = QLineEdit(self.currentTab)
        self.rankEdit.setObjectName(u"rankEdit")

        self.indicatorLayout.addWidget(self.rankEdit)

        self.targetEdit = QLineEdit(self.currentTab)
        self.targetEdit.setObjectName(u"targetEdit")

        self.indicatorLayout.addWidget(self.targetEdit)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.indicatorLayout)

        self.commentLabel = QLabel(self.currentTab)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QLineEdit(self.currentTab)
        self.commentEdit.setObjectName(u"commentEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.currentLayout.addLayout(self.formLayout)

        self.charCountLabel = QLabel(self.currentTab)
        self.charCountLabel.setObjectName(u"charCountLabel")
        self.charCountLabel.setWordWrap(True)

        self.currentLayout.addWidget(self.charCountLabel)

        self.editorTabs.addTab(self.currentTab, "")
        self.prevGroup = QWidget()
        self.prevGroup.setObjectName(u"prevGroup")
        self.prevLayout = QVBoxLayout(self.prevGroup)
        self.prevLayout.setObjectName(u"prevLayout")
        self.prevStatusLabel = QLabel(self.prevGroup)
        self.prevStatusLabel.setObjectName(u"prevStatusLabel")

        self.prevLayout.addWidget(self.prevStatusLabel)

        self.prevView = QTextBrowser(self.prevGroup)
        self.prevView.setObjectName(u"prevView")

        self.prevLayout.addWidget(self.prevView)

        self.editorTabs.addTab(self.prevGroup, "")

        self.editorLayout.addWidget(self.editorTabs)

        self.prevButtons = QHBoxLayout()
        self.prevButtons.setObjectName(u"prevButtons")
        self.copyPrevButton = QPushButton(ProgressEditor)
        self.copyPrevButton.setObjectName(u"copyPrevButton")

        self.prevButtons.addWidget(self.copyPrevButton)

        self.prevSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prevButtons.addItem(self.prevSpacer)

        self.historyButton = QPushButton(ProgressEditor)
        self.historyButton.setObjectName(u"historyButton")

        self.prevButtons.addWidget(self.historyButton)


        self.editorLayout.addLayout(self.prevButtons)

        self.editorEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorEndSpacer)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.progressLabel.setBuddy(self.progressEdit)
        self.planLabel.setBuddy(self.planEdit)
        self.indicatorLabel.setBuddy(self.indicatorEdit)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressEditor)

        QMetaObject.connectSlotsByName(ProgressEditor)
    # setupUi

    def retranslateUi(self, ProgressEditor):
        self.taskTitleLabel.setStyleSheet(QCoreApplication.translate("ProgressEditor", u"font-weight: bold;", None))
        self.taskTitleLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4efb\u52a1", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u5de5\u4f5c\u8bc4\u4ef7(&W)", None))
        self.stateWarning.setStyleSheet(QCoreApplication.translate("ProgressEditor", u"color: #c0392b;", None))
        self.reasonLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u672a\u8fbe\u9884\u671f\u539f\u56e0(&Y)", None))
        self.reasonWarning.setStyleSheet(QCoreApplication.translate("ProgressEditor", u"color: #c0392b;", None))
        self.reasonWarning.setText(QCoreApplication.translate("ProgressEditor", u"\u5de5\u4f5c\u8bc4\u4ef7\u4e3a\u201c\u672a\u8fbe\u9884\u671f\u201d\u65f6\u987b\u586b\u5199\u539f\u56e0", None))
        self.progressLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u8fdb\u5c55\u60c5\u51b5(&J)", None))
        self.planLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u8fd1\u671f\u5de5\u4f5c\u5b89\u6392(&A)", None))
        self.indicatorLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u6307\u6807\u503c/\u4f4d\u6b21/\u76ee\u6807(&Z)", None))
        self.indicatorEdit.setPlaceholderText(QCoreApplication.translate("ProgressEditor", u"\u6570\u503c\uff0c\u5982 6.4", None))
        self.rankEdit.setPlaceholderText(QCoreApplication.translate("ProgressEditor", u"\u5168\u7701\u4f4d\u6b21\uff0c\u5982 \u7b2c6\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.targetEdit.setToolTip(QCoreApplication.translate("ProgressEditor", u"\u672c\u4efb\u52a1\u6307\u6807\u7684\u5168\u5e74\u76ee\u6807\u503c(\u5404\u671f\u901a\u7528)\uff0c\u7ea2\u9ec4\u7eff\u706f\u636e\u6b64\u8ba1\u7b97\u5e8f\u65f6\u76ee\u6807\uff1b\u7559\u7a7a\u5219\u4ece\u4efb\u52a1\u6587\u5b57\u8bfb\u51fa", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("ProgressEditor", u"\u5907\u6ce8(&B)", None))
        self.charCountLabel.setStyleSheet(QCoreApplication.translate("ProgressEditor", u"color: #666;", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.currentTab), QCoreApplication.translate("ProgressEditor", u"\u672c\u671f\u586b\u62a5(&N)", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.prevGroup), QCoreApplication.translate("ProgressEditor", u"\u4e0a\u671f\u586b\u62a5", None))
        self.copyPrevButton.setText(QCoreApplication.translate("ProgressEditor", u"\u6cbf\u7528\u4e0a\u671f(&L)", None))
#if QT_CONFIG(tooltip)
        self.copyPrevButton.setToolTip(QCoreApplication.translate("ProgressEditor", u"\u628a\u4e0a\u671f\u7684\u5de5\u4f5c\u8bc4\u4ef7\u3001\u8fdb\u5c55\u548c\u5b89\u6392\u586b\u5165\u672c\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("ProgressEditor", u"\u4fee\u6539\u8bb0\u5f55(&G)\u2026", None))
        pass
    # retranslateUi

