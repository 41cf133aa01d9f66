"""An unexpected error in the window: logged with its traceback, said to the user, who can copy
the details for whoever supports them. Without this an error in a slot vanishes on Windows."""

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from chizhou_desk.logs import log


def install_excepthook(log_path) -> None:
    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is not None:
            show_error(details, log_path)
        else:
            sys.__excepthook__(kind, value, tb)
    sys.excepthook = hook


def show_error(details: str, log_path) -> QMessageBox:
    text = QCoreApplication.translate("app", "程序出现了意外错误，刚才的操作可能没有完成。")
    if log_path:
        text += "\n" + QCoreApplication.translate("app", "详细信息已记录在日志文件：{0}").format(log_path)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "意外错误"), text,
                      parent=QApplication.activeWindow())
    box.setObjectName("crashBox")
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("app", "复制详细信息"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
