"""The window's status bar: the unit's counts by state, the period's due date, the autosave time."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from chizhou_desk.domain import UNFILLED
from chizhou_desk.query import status_counts


def update_counts(w) -> None:
    unit = w.current_unit()
    total, counts = _counts(w, unit)
    unfilled = QCoreApplication.translate("MainWindow", "未填")  # status words are data; only 未填 is ours
    parts = [f"{unfilled if k == UNFILLED else k} {v}" for k, v in counts.items() if v or k == UNFILLED]
    everyone = QCoreApplication.translate("MainWindow", "全部单位")
    text = QCoreApplication.translate("MainWindow", "{0}：共 {1} 项 · ").format(unit or everyone, total)
    text += " · ".join(parts)
    p = w.current_period()
    if p.closed:
        text += QCoreApplication.translate("MainWindow", " · 本期间已关闭(只读)")
    elif p.due_date:
        days = (date.fromisoformat(p.due_date) - date.today()).days
        text += (QCoreApplication.translate("MainWindow", " · 距报送截止还有 {0} 天").format(days) if days >= 0
                 else QCoreApplication.translate("MainWindow", " · 已超过报送截止 {0} 天").format(-days))
    text += QCoreApplication.translate("MainWindow", " · 显示 {0} 项").format(w.model.rowCount())
    w._status_label.setText(text)


def _counts(w, unit) -> tuple[int, dict[str, int]]:
    """The unit's tasks and their counts by state: counted once per set of rows and unit, then
    moved by each saved edit (a search typed changes none of them; an edit moves one task)."""
    key = (w.model.revision, unit, w.period_key)
    cached = getattr(w, "_counts", None)
    if cached is None or cached[0] != key:
        ids = w.store.task_ids_for(unit=unit) if unit else None
        rows = [r for r in w.model.all_rows() if ids is None or r.id in ids]
        cached = w._counts = [key, ids, 0, len(rows), status_counts(rows, w.store.statuses(w.period_key))]
    _key, ids, seen, total, counts = cached
    for old, new in w.model.edits[seen:]:
        if ids is None or new.id in ids:
            counts[old.state] -= 1
            counts[new.state] = counts.get(new.state, 0) + 1
    cached[2] = len(w.model.edits)
    return total, counts


def where_to_start(has_list: bool) -> str:
    """No period yet: how to start reporting; a new, empty file: how to get a list into it."""
    if has_list:
        return QCoreApplication.translate("MainWindow", "本清单还没有期间：请用 期间 → 新建期间 开始填报")
    return QCoreApplication.translate("MainWindow", "本数据库还没有清单：请用 文件 → 导入… 导入责任清单"
                                                    "（或把文件拖到窗口上），或用 文件 → 打开数据库… 打开已有的数据库")


def show_save_state(w) -> None:
    """已自动保存 hh:mm:ss, or 未保存 and why, where the eye looks after typing: the status bar."""
    e = w.editor_if_built()
    if e is None:
        return
    if e.unsaved:
        text = QCoreApplication.translate("MainWindow", "未保存：{0}").format(e.unsaved)
    elif e.saved_at:
        text = QCoreApplication.translate("MainWindow", "已自动保存 {0}").format(e.saved_at)
    else:
        text = ""
    w._save_label.setText(text)
    w._save_label.setStyleSheet("color: #c0392b; font-weight: bold;" if e.unsaved else "")
