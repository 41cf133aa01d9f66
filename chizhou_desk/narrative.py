"""The report paragraph in the style of the published report (DESIGN §5), generated from the data.

  1-5月份,49项市政府重点工作总体进展顺利,其中:1项已完成(建成省级创新型城市),39项按序时推进,
  8项未达预期目标。
  未达预期8项分别是:市发展改革委牵头的第1项“地区生产总值增长6.5%以上”,一季度增长6.4%,增速居全省第6位;…。
"""

import re
from collections import Counter

from chizhou_desk import periods as P
from chizhou_desk.domain import UNFILLED, state_of

_CLAUSE = re.compile(r"[,,、;;:：]")
_LEAD_TIME = re.compile(r"^(一季度|上半年|前三季度|\d{1,2}-\d{1,2}月份?|\d{1,2}月份?|截至[^,,]{1,12}?日|截至目前)[,,]")
# How a status is phrased in the count sentence; others read "N项<status>".
_PHRASE = {"已完成": "{n}项已完成", "序时推进": "{n}项按序时推进", "未达预期": "{n}项未达预期目标",
           "滞后": "{n}项进度滞后", "未启动": "{n}项尚未启动", UNFILLED: "{n}项未填报进展"}
_ORDER = ("已完成", "序时推进", "滞后", "未启动", "未达预期")


def short_title(text: str, limit: int = 24) -> str:
    """A task's gist for the 已完成 list: the whole text when short, else its last clause."""
    t = text.strip().rstrip("。.;;")
    if len(t) <= limit:
        return t
    clauses = [c for c in _CLAUSE.split(t) if c.strip()]
    return clauses[-1].strip() if clauses else t


def clean_progress(progress: str, period_key: str) -> str:
    """Progress text made to sit inside a sentence: no final stop, no inner semicolons."""
    p = progress.strip().rstrip("。.;; ")
    p = re.sub(r"[;；]\s*", ",", p)
    p = re.sub(r"[。]\s*", ",", p)
    p = _LEAD_TIME.sub(lambda m: m.group(1), p)
    p = re.sub(r"^(\d{1,2}-\d{1,2}月)(?!份)", r"\1份", p)
    return p


def status_counts(rows) -> Counter:
    return Counter(state_of(r.status, r.progress) for r in rows)


def report_paragraphs(rows, period_key: str, what: str = "市政府重点工作") -> list[str]:
    """The count sentence and, when some are not met, the list of those tasks."""
    label = P.label(period_key)
    counts = status_counts(rows)
    total = len(rows)
    if total == 0:
        return [f"{label},暂无{what}。"]
    behind = counts.get("未达预期", 0) + counts.get("滞后", 0) + counts.get("未启动", 0)
    reported = total - counts.get(UNFILLED, 0)
    if reported * 2 < total:  # mostly unreported: no judgement on the whole
        overall = f"已填报{reported}项"
    else:
        overall = "总体进展顺利" if behind * 4 < total else "总体有序推进,部分工作进度滞后"
    parts = []
    done_rows = [r for r in rows if r.state == "已完成"]
    for status in (*_ORDER, *sorted(set(counts) - set(_ORDER) - {UNFILLED}), UNFILLED):
        n = counts.get(status, 0)
        if not n:
            continue
        phrase = _PHRASE.get(status, "{n}项" + status).format(n=n)
        if status == "已完成":
            phrase += "(" + "、".join(short_title(r.text) for r in done_rows) + ")"
        parts.append(phrase)
    first = f"{label},{total}项{what}{overall},其中:" + ",".join(parts) + "。"
    out = [first]
    missed = [r for r in rows if r.state == "未达预期"]
    if missed:
        items = []
        for r in missed:
            lead = "、".join(r.lead_units) or "未明确单位"
            item = f"{lead}牵头的第{r.no}项“{r.text.strip().rstrip('。.')}”"
            detail = clean_progress(r.progress, period_key) if r.progress.strip() else ""
            if r.reason.strip():
                detail = ",".join(x for x in (detail, "原因是" + clean_progress(r.reason, period_key)) if x)
            items.append(item + ("," + detail if detail else ""))
        out.append(f"未达预期{len(missed)}项分别是:" + ";".join(items) + "。")
    return out


def report_text(store, period_key: str, unit: str | None = None) -> str:
    """The paragraph for a period (of one unit's tasks when `unit` is given), ready to paste."""
    from chizhou_desk.query import select

    rows = select(store, period_key, unit=unit)
    what = f"{store.resolve_unit(unit)}牵头的重点工作" if unit else "市政府重点工作"
    return "\n".join(report_paragraphs(rows, period_key, what))
