"""The unit's submission (报送表): the tasks a unit leads, in the office's format (ARCHITECTURE: Outputs).

GUI and CLI call:
    check_ready(store, unit, period_key) -> [Problem]       (cheap, no openpyxl)
    default_file_name(unit, period_key)  -> "市发展改革委_2025年1-5月份_重点工作进展.xlsx"
    export_submission(store, unit, period_key, path, filler={...}, options=ExportOptions())
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from chizhou_desk import __version__
from chizhou_desk.domain import NO_STATUS, UNFILLED, default_plan_title
from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.exports.layout import (  # noqa: F401  (the module's public surface)
    ExportOptions,
    ExportResult,
    Problem,
    check_ready,
    default_file_name,
    default_summary_name,
)
from chizhou_desk.file_format import file_columns
from chizhou_desk.logs import log

_BLANK = "＿" * 6  # a line to write on when the value is not known at export


def export_submission(store, unit: str, period_key: str, path, *, filler: dict | None = None,
                      options: ExportOptions | None = None, progress=None,
                      meta_extra: dict | None = None) -> ExportResult:
    """Write the unit's 报送表 for the period to `path` (.xlsx), atomically.

    filler: person, phone, date (text; today when missing) and optionally unit (the name shown
    in the 填报单位 line, e.g. with 盖章); the canonical unit goes into the metadata.
    progress: called as progress(rows_done, rows_total) while rows are written; an exception
    raised from it cancels the export and leaves any existing file at `path` untouched.
    meta_extra: more keys for the hidden metadata sheet (a package's 佐证材料 and their checksums).
    """
    from chizhou_desk.query import select

    canonical = store.resolve_unit(unit)
    period = store.period(period_key)
    rows = select(store, period.key, unit=canonical)
    if not rows:
        raise InputError(f"{canonical} 在 {period.label} 没有牵头的任务")
    filler = dict(filler or {})
    plan = plan_of(store, period)
    title = f"{plan['title']}{period.label}进展情况（{canonical}）"
    info = "　　".join((
        f"填报单位：{filler.get('unit') or canonical}",
        f"填报人：{filler.get('person') or _BLANK}",
        f"联系电话：{filler.get('phone') or _BLANK}",
        f"填报日期：{filler['date'] if filler.get('date') is not None else L.date_text()}",
    ))
    return write_export(store, period, rows, path, kind=L.FORMAT_SUBMISSION, unit=canonical,
                        title=title, info=info, sheet_name=L.SUBMISSION_SHEET, options=options,
                        progress=progress, meta_extra=meta_extra)


def write_export(store, period, rows, path, *, kind, unit, title, info, sheet_name,
                 options: ExportOptions | None, progress=None, meta_extra: dict | None = None) -> ExportResult:
    """Shared by the submission and the summary: cells, metadata, workbook, atomic save."""
    from chizhou_desk.exports import xlsx_style as X
    from chizhou_desk.schema import SCHEMA_VERSION

    X.check_target(path)
    options = options or ExportOptions()
    keys = options.keys()
    words = store.status_words(period.key)
    light_fn = L.light_function(options, words) if options.light else None
    if options.light and light_fn is None:
        raise InputError("红黄绿灯的计算尚不可用，请关闭“红黄绿灯”列后再导出")
    sheet_rows = [L.sheet_row(r, keys, light_fn, period, words) for r in rows]
    digests = [L.row_digest(r.values) for r in sheet_rows]
    plan = plan_of(store, period)
    statuses = words.words
    # the office returned the unit's last submission: its comments go back with the next one
    review = store.reviews(period.key).get(unit) if kind == L.FORMAT_SUBMISSION and unit else None
    note = review.note() if review is not None and review.returned else ""
    header_row = L.HEADER_ROW + (1 if note else 0)
    meta = {
        "format": kind,
        "schema": L.EXPORT_SCHEMA,
        "db_schema": SCHEMA_VERSION,
        "app": "chizhou-desk",
        "app_version": __version__,
        "plan_year": plan["year"],
        "plan_title": plan["title"],
        "plan_doc_no": plan["doc_no"],
        "unit": unit or "",
        "period_key": period.key,
        "period_label": period.label,
        "sheet": sheet_name,
        "columns": file_columns(keys),
        "header_row": header_row,
        "first_row": header_row + 1,
        "row_count": len(sheet_rows),
        "sha256": L.table_digest(digests),
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "_statuses": statuses,
        **(meta_extra or {}),
    }
    if review is not None:
        meta.update({"office_verdict": review.verdict, "office_reviewed_at": review.at,
                     "office_reason": review.reason, "office_note_row": L.NOTE_ROW if note else ""})
    if kind == L.FORMAT_SUBMISSION:  # per-row digests name a changed row; the summary is not re-imported
        comments = review.task_ids if review is not None and review.returned else {}
        meta["_rows"] = [(r.no, header_row + 1 + i, d, ",".join(r.gaps), *L.hidden_fields(t),
                          comments.get(t.id, ""))
                         for i, (r, t, d) in enumerate(zip(sheet_rows, rows, digests, strict=True))]
    spec = X.SheetSpec(sheet_name=sheet_name, title=title, info=info, keys=keys,
                       headers=L.headers(keys, period.key), statuses=statuses, rows=sheet_rows,
                       meta=meta, progress=progress, note=note)
    saved = _write(X, spec, path)
    log.info("export %s: %s, %d rows, period %s", kind, saved, len(sheet_rows), period.key)
    return ExportResult(str(saved), len(sheet_rows), meta["sha256"], L.problems_in(rows, keys=keys, words=words))


def _write(X, spec, path):
    """Build and save; a full disk where openpyxl spills its rows (the temp folder) or where the
    file goes is named with the output file, never a traceback, and the old file is left."""
    try:
        from lxml.etree import LxmlError  # openpyxl writes through lxml when it is installed
    except ImportError:
        LxmlError = OSError

    try:
        wb = X.build_workbook(spec)  # streams rows into openpyxl's temporary files
        return X.atomic_save(wb, path)
    except InputError:
        raise
    except (OSError, LxmlError) as exc:
        raise InputError(f"写入失败({getattr(exc, 'strerror', None) or exc})，原文件未改动",
                         file=str(path)) from exc


def plan_of(store, period) -> dict:
    plan = store.plan_info(period.year) or {}
    return {"year": period.year, "title": plan.get("title") or default_plan_title(period.year),
            "doc_no": plan.get("doc_no") or ""}


def status_counts(rows, statuses) -> str:
    """已完成 1 项、序时推进 39 项、未达预期 8 项、未填报 1 项 (only the words that occur)."""
    counts = Counter(r.state for r in rows)
    order = [*statuses, *sorted(set(counts) - set(statuses) - {NO_STATUS, UNFILLED}), NO_STATUS, UNFILLED]
    return "、".join(f"{'未填报' if s == UNFILLED else s} {counts[s]} 项" for s in order if counts.get(s))
