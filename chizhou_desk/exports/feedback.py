"""The office's 退回单 / 审核意见单: its verdict on a unit's submission, as a small .xlsx the unit
imports (imports/feedback.py), so the liaison's database learns the comments.

A visible sheet for people (title, verdict, the whole file's reason, one row a task with a
comment) and the hidden `chizhou_desk_meta` sheet with format chizhou_desk/feedback: plan, unit,
period, verdict, reason, time, and one line a task (no, row, comment, task text).

    export_feedback(store, unit, period_key, path) -> Path
    default_feedback_name(unit, period_key)        -> "市发展改革委_2025年1-5月份_报送表审核意见.xlsx"
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from chizhou_desk import __version__
from chizhou_desk import periods as P
from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.file_format import FEEDBACK_SCHEMA, FORMAT_FEEDBACK

SHEET = "审核意见"
HEADER = ("序号", "重点工作任务", "办公室意见")


def default_feedback_name(unit: str, period_key: str) -> str:
    return L.safe_file_name(f"{unit}_{P.long_label(period_key)}_报送表审核意见.xlsx")


def export_feedback(store, unit: str, period_key: str, path) -> Path:
    """Write the office's current verdict on the unit's submission for the period (atomically)."""
    from openpyxl import Workbook

    from chizhou_desk.domain import default_plan_title
    from chizhou_desk.exports import xlsx_style as X
    from chizhou_desk.file_format import META_SHEET
    from chizhou_desk.files import atomic_target
    from chizhou_desk.store_review import OFFICE, VERDICT_WORDS

    path = X.check_target(path)
    canonical = store.resolve_unit(unit)
    period = store.period(period_key)
    review = store.reviews(period.key).get(canonical)
    if review is None:
        raise InputError(f"{canonical} 的{period.label}报送表尚未采纳或退回，没有可导出的意见")
    plan = store.plan_info(period.year) or {}
    title = plan.get("title") or default_plan_title(period.year)
    texts = {r.no: r.text for r in store.task_rows(period.key, list(review.task_ids))}
    tasks = sorted(review.tasks.items(), key=_no_order)

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([f"{title}{period.label}进展情况 报送表审核意见（{canonical}）"])
    ws.append([f"审核结果：{VERDICT_WORDS[review.verdict]}　　审核日期：{review.at[:10]}　　审核单位：{OFFICE}"])
    ws.append([f"整份报送表：{review.reason}" if review.reason else "整份报送表：（无）"])
    ws.append(list(HEADER))
    first = ws.max_row + 1
    for no, comment in tasks:
        ws.append([_text(no), _text(texts.get(no, "")), _text(comment)])
    ws.append([])
    ws.append(["联络员请在“重点工作责任清单”程序中 文件 → 导入 本文件：意见显示在对应任务上，"
               "并随下次导出的报送表带回办公室。"])
    for r in (1, 2, 3, ws.max_row):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    _style(ws, first, len(tasks))

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for k, v in (("format", FORMAT_FEEDBACK), ("schema", FEEDBACK_SCHEMA), ("app", "chizhou-desk"),
                 ("app_version", __version__), ("plan_year", period.year), ("plan_title", title),
                 ("unit", canonical), ("period_key", period.key), ("period_label", period.label),
                 ("verdict", review.verdict), ("reason", review.reason), ("reviewed_at", review.at),
                 ("sheet", SHEET), ("row_count", len(tasks)),
                 ("exported_at", datetime.now().isoformat(timespec="seconds"))):
        meta.append([k, _text(str(v))])
    meta.append([])
    meta.append(["no", "row", "reason", "text"])
    for i, (no, comment) in enumerate(tasks):
        meta.append([_text(no), str(first + i), _text(comment), _text(texts.get(no, ""))])
    for sheet in (ws, meta):
        _no_formulas(sheet)
    with atomic_target(path, ".xlsx") as tmp:
        wb.save(tmp)
    return path


def _no_order(item):
    no = item[0]
    return (0, int(no), no) if no.isdigit() else (1, 0, no)


def _style(ws, first: int, n: int) -> None:
    """Fonts, borders, widths and heights of the visible sheet; A4 landscape, one page wide."""
    from openpyxl.styles import Alignment, Border, Font, Side

    from chizhou_desk.exports import xlsx_style as X

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"].font = Font(name=X.HEAD_FONT, size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 44
    widths = (6, 50, 60)
    for letter, w in zip("ABC", widths, strict=True):
        ws.column_dimensions[letter].width = w
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for cell in row:
            cell.font = Font(name=X.HEAD_FONT if cell.row == first - 1 else X.BODY_FONT, size=X.BODY_SIZE)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if cell.column == 1 else "left")
            if first - 1 <= cell.row < first + n:
                cell.border = border
    ws.row_dimensions[3].height = X.row_height([ws["A3"].value], [sum(widths)])
    for i in range(first, first + n):
        ws.row_dimensions[i].height = X.row_height([ws.cell(i, 2).value, ws.cell(i, 3).value], widths[1:])
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _text(value: str) -> str:
    """Without the control characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value or "")


def _no_formulas(ws) -> None:
    """User text stays text: openpyxl stores a value starting with = as a formula."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
                cell.quotePrefix = True
