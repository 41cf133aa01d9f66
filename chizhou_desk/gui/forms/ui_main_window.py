# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionOpenDb = QAction(MainWindow)
        self.actionOpenDb.setObjectName(u"actionOpenDb")
        self.actionNewDb = QAction(MainWindow)
        self.actionNewDb.setObjectName(u"actionNewDb")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExportSummary = QAction(MainWindow)
        self.actionExportSummary.setObjectName(u"actionExportSummary")
        self.actionPrintPreview = QAction(MainWindow)
        self.actionPrintPreview.setObjectName(u"actionPrintPreview")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionExportPdf = QAction(MainWindow)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionHistory = QAction(MainWindow)
        self.actionHistory.setObjectName(u"actionHistory")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionNewPeriod = QAction(MainWindow)
        self.actionNewPeriod.setObjectName(u"actionNewPeriod")
        self.actionDueDate = QAction(MainWindow)
        self.actionDueDate.setObjectName(u"actionDueDate")
        self.actionClosePeriod = QAction(MainWindow)
        self.actionClosePeriod.setObjectName(u"actionClosePeriod")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.filterBar = QWidget(self.centralwidget)
        self.filterBar.setObjectName(u"filterBar")
        self.filterLayout = QHBoxLayout(self.filterBar)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.unitLabel = QLabel(self.filterBar)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(self.filterBar)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setMinimumContentsLength(12)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.filterLayout.addWidget(self.unitCombo)

        self.periodLabel = QLabel(self.filterBar)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.filterBar)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.searchEdit = QLineEdit(self.filterBar)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(self.filterBar)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.unfilledToggle = QCheckBox(self.filterBar)
        self.unfilledToggle.setObjectName(u"unfilledToggle")

        self.filterLayout.addWidget(self.unfilledToggle)


        self.centralLayout.addWidget(self.filterBar)

        self.mainSplitter = QSplitter(self.centralwidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.taskTable = QTableView(self.mainSplitter)
        self.taskTable.setObjectName(u"taskTable")
        self.taskTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.taskTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.taskTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.taskTable.setAlternatingRowColors(True)
        self.taskTable.setSortingEnabled(True)
        self.taskTable.setWordWrap(False)
        self.mainSplitter.addWidget(self.taskTable)
        self.taskTable.horizontalHeader().setStretchLastSection(True)
        self.taskTable.verticalHeader().setVisible(False)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.editorHost = QWidget(self.sideSplitter)
        self.editorHost.setObjectName(u"editorHost")
        self.editorHostLayout = QVBoxLayout(self.editorHost)
        self.editorHostLayout.setObjectName(u"editorHostLayout")
        self.editorHostLayout.setContentsMargins(0, 0, 0, 0)
        self.sideSplitter.addWidget(self.editorHost)
        self.chartHost = QWidget(self.sideSplitter)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)
        self.sideSplitter.addWidget(self.chartHost)
        self.mainSplitter.addWidget(self.sideSplitter)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuPeriod = QMenu(self.menubar)
        self.menuPeriod.setObjectName(u"menuPeriod")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuPeriod.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDb)
        self.menuFile.addAction(self.actionNewDb)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionExportSummary)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPrintPreview)
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addAction(self.actionExportPdf)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addAction(self.actionHistory)
        self.menuEdit.addAction(self.actionSettings)
        self.menuPeriod.addAction(self.actionNewPeriod)
        self.menuPeriod.addAction(self.actionDueDate)
        self.menuPeriod.addAction(self.actionClosePeriod)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u91cd\u70b9\u5de5\u4f5c\u8d23\u4efb\u6e05\u5355", None))
        self.actionOpenDb.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u6570\u636e\u5e93\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDb.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewDb.setText(QCoreApplication.translate("MainWindow", u"\u4ece\u6e05\u5355\u6587\u4ef6\u65b0\u5efa\u6570\u636e\u5e93\u2026", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165(\u6e05\u5355\u3001\u62a5\u544a\u6216\u62a5\u9001\u8868)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u62a5\u9001\u8868\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportSummary.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u6c47\u603b\u8868\u2026", None))
        self.actionPrintPreview.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u9884\u89c8\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPdf.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51faPDF\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionHistory.setText(QCoreApplication.translate("MainWindow", u"\u672c\u6761\u4fee\u6539\u8bb0\u5f55\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u672c\u5355\u4f4d\u4e0e\u586b\u62a5\u4eba\u2026", None))
        self.actionNewPeriod.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u4e0b\u4e00\u671f\u95f4\u2026", None))
        self.actionDueDate.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e\u62a5\u9001\u622a\u6b62\u65e5\u671f\u2026", None))
        self.actionClosePeriod.setText(QCoreApplication.translate("MainWindow", u"\u5173\u95ed\u672c\u671f\u95f4(\u53ea\u8bfb)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e", None))
        self.unitLabel.setText(QCoreApplication.translate("MainWindow", u"\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u9009\u62e9\u5355\u4f4d;\u53ef\u8f93\u5165\u5168\u79f0\u6216\u7b80\u79f0(\u5982 \u5e02\u53d1\u6539\u59d4)", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("MainWindow", u"\u671f\u95f4", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\u4efb\u52a1\u6216\u8fdb\u5c55 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u5de5\u4f5c\u8bc4\u4ef7\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.unfilledToggle.setText(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u672a\u586b", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"\u6700\u8fd1\u6253\u5f00", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.menuPeriod.setTitle(QCoreApplication.translate("MainWindow", u"\u671f\u95f4(&P)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

