"""Selecting the task rows a user asked for: unit, status, search, in one place for CLI and GUI."""

from chizhou_desk.domain import NO_STATUS, UNFILLED
from chizhou_desk.search_rows import RowTexts
from chizhou_desk.store import Store, TaskRow
from chizhou_desk.store_review import COMMENTED, commented_task_ids


def select(store: Store, period_key: str | None, unit: str | None = None, status: str | None = None,
           search: str | None = None) -> list[TaskRow]:
    """The period's rows that pass the same filter the window uses (row_filter)."""
    rows = store.task_rows(period_key)
    accept = row_filter(store, period_key, unit=unit, status=status, search=search, texts=RowTexts(rows))
    return rows if accept is None else [r for r in rows if accept(r)]


def row_json(row: TaskRow, period_key: str | None) -> dict:
    return {
        "no": row.no, "text": row.text, "section": row.section,
        "lead_units": row.lead_units, "coop_units": row.coop_units,
        "target": row.target, "deadline": row.deadline,
        "period": period_key, "status": row.status,
        "progress": row.progress or None, "plan": row.next_steps or None,  # DESIGN's key "reason": row.reason or None,
        "indicator": _finite(row.indicator), "rank": row.rank or None, "comment": row.comment or None,
        "updated_at": row.updated_at, "extra": row.extra,
    }


def _finite(value):
    """inf and nan are not JSON: an indicator that holds one is given as null."""
    import math

    return value if not isinstance(value, float) or math.isfinite(value) else None


def status_counts(rows: list[TaskRow], statuses: list[str]) -> dict[str, int]:
    """Tasks per state (domain.state_of) in the plan's order, then 未评价 and 未填."""
    counts = {s: 0 for s in (*statuses, NO_STATUS, UNFILLED)}
    for r in rows:
        counts[r.state] = counts.get(r.state, 0) + 1
    return counts


def row_filter(store: Store, period_key: str | None, unit: str | None = None, status: str | None = None,
               search: str | None = None, unfilled_only: bool = False, texts: RowTexts | None = None):
    """A predicate over TaskRow for the window's filters, or None when nothing is filtered.

    The sets come from indexed queries, so filtering 10,000 rows is one membership test each.
    `texts`: the loaded rows' texts, searched in memory (else the store's full-text index).
    """
    tests = []
    if unit:
        ids = store.task_ids_for(unit=unit)
        tests.append(lambda r: r.id in ids)
    if search and search.strip():
        if texts is not None and period_key is not None:
            store.period(period_key)  # a period gone meanwhile (another window) is said, as the index says it
        found = texts.matching(search) if texts is not None else store.search(search, period_key)
        tests.append(lambda r: r.id in found)
    if status == UNFILLED or unfilled_only:
        tests.append(lambda r: not r.filled)
    if status == COMMENTED:  # 有办公室意见: not a status word
        commented = commented_task_ids(store, period_key) if period_key else set()
        tests.append(lambda r: r.id in commented)
    elif status and status != UNFILLED:
        tests.append(lambda r: r.status == status)
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda r: all(t(r) for t in tests)
