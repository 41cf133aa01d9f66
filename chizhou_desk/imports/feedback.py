"""The office's 退回单 / 审核意见单 (exports/feedback.py), recognised like a submission by its hidden
metadata sheet (format chizhou_desk/feedback); Store.import_tables stores its comments
(store_review.merge_feedback)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import Plan
from chizhou_desk.errors import InputError
from chizhou_desk.file_format import FEEDBACK_SCHEMA, META_SHEET


@dataclass
class Feedback:
    """What the office said about a unit's submission for a period."""

    source: str
    plan: Plan
    period_key: str
    unit: str
    verdict: str                   # accepted | returned
    reason: str = ""               # for the whole submission
    reviewed_at: str = ""
    tasks: list[tuple[str, str, str]] = field(default_factory=list)  # (no, task text, comment)
    checksum: str = ""
    notes: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # as an ImportedTable has (none here)

    def describe(self) -> str:
        from chizhou_desk.store_review import VERDICT_WORDS

        text = f"市政府办公室审核意见({self.unit}，{P.label(self.period_key)})：{VERDICT_WORDS[self.verdict]}"
        return text + (f"，{len(self.tasks)} 项任务有意见" if self.tasks else "")


def read_feedback(path: str | Path, meta: dict, lines: list[tuple[str, ...]]) -> Feedback:
    """From the metadata the submission reader has already parsed (imports/submission._read_meta)."""
    from chizhou_desk.store_review import VERDICT_WORDS

    file = str(path)
    where = f"工作表“{META_SHEET}”"
    try:
        schema = int(meta.get("schema", ""))
        year = int(meta.get("plan_year", ""))
        period_key = P.make_key(*P.split_key(meta.get("period_key", "")))
    except (InputError, ValueError):
        raise InputError("审核意见单的元数据无效", file=file, where=where) from None
    if schema > FEEDBACK_SCHEMA:
        raise InputError(f"审核意见单由更新版本的程序导出(格式 {schema})，请升级本程序", file=file)
    verdict, unit = meta.get("verdict", ""), meta.get("unit", "").strip()
    if verdict not in VERDICT_WORDS or not unit:
        raise InputError("审核意见单的元数据中缺少单位或审核结果", file=file, where=where)
    tasks = [(no, text, comment) for no, _row, comment, text, *_ in lines]
    if str(len(tasks)) != meta.get("row_count", ""):
        raise InputError(f"元数据记录了 {len(tasks)} 项意见，应为 {meta.get('row_count')} 项",
                         file=file, where=where)
    return Feedback(source=file, plan=Plan(year=year, title=meta.get("plan_title", "")),
                    period_key=period_key, unit=unit, verdict=verdict, reason=meta.get("reason", ""),
                    reviewed_at=meta.get("reviewed_at", ""), tasks=tasks)
