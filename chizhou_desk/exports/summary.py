"""The office's summary (汇总表): every task of the period, all units, the submission's columns."""

from __future__ import annotations

import re

from chizhou_desk import periods as P
from chizhou_desk.exports import layout as L
from chizhou_desk.exports.layout import ExportOptions, ExportResult, default_summary_name  # noqa: F401
from chizhou_desk.exports.submission import plan_of, status_counts, write_export

_YEAR_PREFIX = re.compile(r"^\s*20\d{2}\s*年")


def summary_title(plan_title: str, period_label: str) -> str:
    """'2025年市政府重点工作责任清单' + '1-5月份' -> '1-5月份市政府重点工作责任清单进展情况汇总表'."""
    return f"{period_label}{_YEAR_PREFIX.sub('', plan_title)}进展情况汇总表"


def export_summary(store, period_key: str, path, *, options: ExportOptions | None = None,
                   date: str | None = None, progress=None) -> ExportResult:
    """Write the 汇总表 of the period to `path` (.xlsx), atomically.

    date: the 导出日期 text (today when None); progress: as for export_submission.
    """
    period = store.period(period_key)
    rows = store.task_rows(period.key)
    plan = plan_of(store, period)
    doc = f"（{plan['doc_no']}）" if plan["doc_no"] else ""
    info = "　　".join((
        f"{plan['title']}{doc}",
        f"统计期间：{P.long_label(period.key)}",
        f"共 {len(rows)} 项：{status_counts(rows, store.statuses(period.key)) or '无'}",
        f"导出日期：{date if date is not None else L.date_text()}",
    ))
    return write_export(store, period, rows, path, kind=L.FORMAT_SUMMARY, unit=None,
                        title=summary_title(plan["title"], period.label), info=info,
                        sheet_name=L.SUMMARY_SHEET, options=options, progress=progress)
