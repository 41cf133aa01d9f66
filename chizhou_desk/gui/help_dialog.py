"""帮助 → 使用说明: a short guide in the app (the README's 使用说明), the keys, where the data is."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from chizhou_desk.gui.keyboard import KEYS

GUIDE = (
    QT_TRANSLATE_NOOP("HelpDialog", "在“单位”框选择本单位(可输入简称，如 市发改委)，任务表只显示本单位牵头的任务。"),
    QT_TRANSLATE_NOOP("HelpDialog", "在右侧填写工作评价、进展情况、近期工作安排；评价为未达预期等时须写原因。"
                      "只选评价、不写进展情况的任务仍算未填报。"),
    QT_TRANSLATE_NOOP("HelpDialog", "内容自动保存，状态栏显示“已自动保存 时:分:秒”；Ctrl+Z 撤销上一次保存的修改。"),
    QT_TRANSLATE_NOOP("HelpDialog", "每月初：期间 → 新建期间，设置报送截止日期；“沿用上期”把上期内容填入本期。"),
    QT_TRANSLATE_NOOP("HelpDialog", "文件 → 导出报送表(Ctrl+E)先检查未填和缺原因，再导出办公室格式的 Excel；"
                      "打印(Ctrl+P)输出带签字栏的状态表。"),
    QT_TRANSLATE_NOOP("HelpDialog", "文件 → 导入，或把文件拖到窗口上：清单、报告或各单位的报送表。"),
    QT_TRANSLATE_NOOP("HelpDialog", "从网页、WPS 或 Word 复制的表格：在任务表中按 Ctrl+V(或 文件 → 从剪贴板导入表格)。"
                      "导入预览中可双击单元格修改，右键一行标为任务、分组标题、接上一行或不属于清单。"),
    QT_TRANSLATE_NOOP("HelpDialog", "编辑 → 工作评价用词…：增删、排序本清单的用词，并为每个用词设定含义"
                      "（完成、正常推进、滞后、未启动）和颜色；红黄绿灯和是否须写原因随之而定。"),
)
_KEY_WORDS = (  # keyboard.KEYS, spelled out for lupdate
    QT_TRANSLATE_NOOP("HelpDialog", "从任务表进入“进展情况”"),
    QT_TRANSLATE_NOOP("HelpDialog", "在任务表与填报区之间切换"),
    QT_TRANSLATE_NOOP("HelpDialog", "在各栏之间移动(任务表内不逐格移动)"),
    QT_TRANSLATE_NOOP("HelpDialog", "工作评价 / 进展情况 / 近期工作安排 / 原因"),
    QT_TRANSLATE_NOOP("HelpDialog", "本期填报 / 上期填报"),
    QT_TRANSLATE_NOOP("HelpDialog", "保存并转到本单位下一项未填任务"),
    QT_TRANSLATE_NOOP("HelpDialog", "撤销 / 重做上一次保存的修改(在文本框内也一样)"),
    QT_TRANSLATE_NOOP("HelpDialog", "搜索"), QT_TRANSLATE_NOOP("HelpDialog", "在搜索框中：清除搜索，回到任务表"),
    QT_TRANSLATE_NOOP("HelpDialog", "导出报送表"),
    QT_TRANSLATE_NOOP("HelpDialog", "打印"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def guide_html(db_path, backups, log_path) -> str:
    from html import escape  # html.entities: not on the start-up path

    title = QCoreApplication.translate("HelpDialog", "使用说明")
    keys = QCoreApplication.translate("HelpDialog", "键盘操作")
    where = QCoreApplication.translate("HelpDialog", "数据在哪里")
    lines = (QCoreApplication.translate("HelpDialog", "数据库：{0}").format(db_path),
             QCoreApplication.translate(
                 "HelpDialog", "备份：{0}(每天首次启动自动备份，保留 14 份；用 文件 → 恢复备份… 恢复)").format(backups),
             QCoreApplication.translate("HelpDialog", "日志：{0}").format(log_path))
    parts = [f"<h3>{escape(title)}</h3><ol>"]
    parts += [f"<li>{escape(_tr(str(t)))}</li>" for t in GUIDE]
    parts.append(f"</ol><h3>{escape(keys)}</h3><table cellpadding='3'>")
    parts += [f"<tr><td><b>{escape(key)}</b></td><td>{escape(_tr(what))}</td></tr>" for key, what in KEYS]
    parts.append(f"</table><h3>{escape(where)}</h3><p>")
    parts.append("<br>".join(escape(line) for line in lines))
    return "".join(parts) + "</p>"


def show(w) -> QDialog:
    from chizhou_desk.backups import backup_folder
    from chizhou_desk.logs import LOG_NAME, log_dir

    dialog = QDialog(w, objectName="helpDialog")
    dialog.setWindowTitle(QCoreApplication.translate("HelpDialog", "使用说明"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view = QTextBrowser(dialog, objectName="helpText")
    view.setHtml(guide_html(w.store.path, backup_folder(w.store.path), log_dir() / LOG_NAME))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.open()
    return dialog


def add_to_menu(w) -> None:
    action = QAction(QCoreApplication.translate("HelpDialog", "使用说明(&U)"), w, objectName="actionGuide")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(lambda: show(w))
    w.ui.menuHelp.insertAction(w.ui.actionAbout, action)
    w.ui.actionGuide = action
