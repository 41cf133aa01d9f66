"""A plan's status words (ARCHITECTURE: Store): the office edits them per plan; drop-downs, charts,
blank forms and the Excel drop-down offer these words only."""

import json

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError


def set_statuses(store, period_key: str, words: list[str]) -> None:
    """The plan of `period_key`'s year offers `words` (in this order). A word its entries still use
    cannot be removed: those reports would name a status the list no longer has."""
    words = list(dict.fromkeys(w.strip() for w in words if w and w.strip()))
    if not words:
        raise InputError("工作评价用词不能为空")
    year = P.split_key(period_key)[0]
    with store.transaction() as c:
        row = c.execute("SELECT id FROM plans WHERE year = ?", (year,)).fetchone()
        if row is None:
            raise InputError(f"本库没有 {year} 年的清单")
        used = {r[0] for r in c.execute(
            "SELECT DISTINCT e.status FROM entries e JOIN periods p ON p.id = e.period_id "
            "WHERE p.plan_id = ? AND e.status IS NOT NULL AND e.status <> ''", (row[0],))}
        if used - set(words):
            raise InputError("以下工作评价仍有任务在用,不能删除:" + "、".join(sorted(used - set(words))))
        c.execute("UPDATE plans SET statuses = ? WHERE id = ?", (json.dumps(words, ensure_ascii=False), row[0]))
