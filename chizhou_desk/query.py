"""Selecting the task rows a user asked for: unit, status, search, in one place for CLI and GUI."""

from chizhou_desk.store import Store, TaskRow


def select(store: Store, period_key: str, unit: str | None = None, status: str | None = None,
           search: str | None = None, role: str = "lead") -> list[TaskRow]:
    keep: set[int] | None = None
    for ids in _id_sets(store, period_key, unit, status, search, role):
        keep = ids if keep is None else keep & ids
    rows = store.task_rows(period_key)
    return rows if keep is None else [r for r in rows if r.id in keep]


def _id_sets(store, period_key, unit, status, search, role):
    if unit or status:
        yield store.task_ids_for(unit=unit, status=status, period_key=period_key, role=role)
    if search:
        yield store.search(search, period_key)


def row_json(row: TaskRow, period_key: str) -> dict:
    return {
        "no": row.no, "text": row.text, "section": row.section,
        "lead_units": row.lead_units, "coop_units": row.coop_units,
        "target": row.target, "deadline": row.deadline,
        "period": period_key, "status": row.status,
        "progress": row.progress or None, "plan": row.plan or None, "reason": row.reason or None,
        "indicator": row.indicator, "rank": row.rank or None, "comment": row.comment or None,
        "updated_at": row.updated_at,
    }
