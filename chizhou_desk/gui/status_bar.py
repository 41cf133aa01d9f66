"""The window's status bar: the unit's counts by state, the period's due date, the autosave time."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from chizhou_desk.domain import UNFILLED
from chizhou_desk.query import status_counts


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def update_counts(w) -> None:
    unit = w.current_unit()
    ids = w.store.task_ids_for(unit=unit) if unit else None
    rows = [r for r in w.model.all_rows() if ids is None or r.id in ids]
    counts = status_counts(rows, w.store.statuses(w.period_key))
    unfilled = _tr("未填")  # status words are data; only 未填 is ours
    parts = [f"{unfilled if k == UNFILLED else k} {v}" for k, v in counts.items() if v or k == UNFILLED]
    text = _tr("{0}:共 {1} 项 · ").format(unit or _tr("全部单位"), len(rows)) + " · ".join(parts)
    p = w.current_period()
    if p.closed:
        text += _tr(" · 本期间已关闭(只读)")
    elif p.due_date:
        days = (date.fromisoformat(p.due_date) - date.today()).days
        text += (_tr(" · 距报送截止还有 {0} 天").format(days) if days >= 0
                 else _tr(" · 已超过报送截止 {0} 天").format(-days))
    text += _tr(" · 显示 {0} 项").format(w.model.rowCount())
    w._status_label.setText(text)


def show_save_state(w) -> None:
    """已自动保存 hh:mm:ss, or 未保存 and why, where the eye looks after typing: the status bar."""
    e = w.editor_if_built()
    if e is None:
        return
    w._save_label.setText(_tr("未保存:{0}").format(e.unsaved) if e.unsaved
                          else _tr("已自动保存 {0}").format(e.saved_at) if e.saved_at else "")
    w._save_label.setStyleSheet("color: #c0392b; font-weight: bold;" if e.unsaved else "")
