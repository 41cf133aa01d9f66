"""What the submission and summary sheets hold, without openpyxl: columns, cell values,
gap markers, the pre-export check, file names and the metadata both the writer and the
submission reader rely on.  Importing this module stays cheap (the GUI calls check_ready).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chizhou_desk import periods as P
from chizhou_desk.domain import Light, carried_over, date_text, needs_reason  # noqa: F401  (date_text: part of this module's surface)
from chizhou_desk.file_format import (  # noqa: F401  (the sheet layout speaks the file format)
    EXPORT_SCHEMA,
    FORMAT_SUBMISSION,
    FORMAT_SUMMARY,
    GAP_FIELD,
    GAP_REASON,
    GAP_STATUS,
    GAP_UNFILLED,
    MAX_CELL_CHARS,
    META_ROW_FIELDS,
    canon,
    row_digest,
    table_digest,
)

NOTE_ROW = 3
SUBMISSION_SHEET = "报送表"
SUMMARY_SHEET = "汇总表"
TITLE_ROW, INFO_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
BEHIND = "未达预期"



@dataclass(frozen=True)
class Column:
    key: str
    header: str          # "{label}" is replaced by the period label
    width: float         # Excel character units
    kind: str = "text"   # style: text | center | number | light
    flex: bool = False   # shrinks or grows so the sheet stays one A4 landscape page wide


COLUMNS: dict[str, Column] = {c.key: c for c in (
    Column("no", "序号", 6, "center"),
    Column("text", "重点工作任务", 30, flex=True),
    Column("lead", "牵头责任单位", 14, "center"),
    Column("status", "工作评价", 10, "center"),
    Column("light", "红黄绿灯", 8, "light"),
    Column("progress", "{label}进展情况", 46, flex=True),
    Column("next_steps", "近期工作安排", 34, flex=True),
    Column("reason", "未达预期原因", 22, flex=True),
    Column("indicator", "指标值", 9, "number"),
)}
BASE_KEYS = ("no", "text", "lead", "status", "progress", "next_steps")
TOTAL_WIDTH = 142  # about one A4 landscape page at 100 % with 1 cm margins


LightFn = Callable[..., object]  # (TaskRow, PeriodInfo) -> Light | str | None


@dataclass
class ExportOptions:
    """Optional columns; the office's format is the six base columns."""

    light: bool = False
    reason: bool = False
    indicator: bool = False
    light_fn: LightFn | None = None  # how a light is computed; see light_function()

    def keys(self) -> list[str]:
        keys = list(BASE_KEYS)
        if self.light:
            keys.insert(keys.index("status") + 1, "light")
        if self.reason:
            keys.append("reason")
        if self.indicator:
            keys.append("indicator")
        return keys


def widths(keys: list[str]) -> list[float]:
    cols = [COLUMNS[k] for k in keys]
    fixed = sum(c.width for c in cols if not c.flex)
    flex = sum(c.width for c in cols if c.flex)
    scale = max(0.6, (TOTAL_WIDTH - fixed) / flex) if flex else 1.0
    return [round(c.width * scale, 1) if c.flex else c.width for c in cols]


# --- row heights (xlsx_style sets them; the check names rows past Excel's limit) ---------------

LINE_PT = 16.0           # one wrapped line of 11 pt CJK text; Noto/Source Han need ~15.9
ROW_PAD_PT = 5.0
MAX_ROW_PT = 409.0       # Excel's limit: a taller cell is cut off on screen and in print
TEXT_FACTOR = 1.06       # word wrap and 避头尾 waste part of each line; rather loose than clipped
MAX_COLUMN_WIDTH = 120.0  # a column widened for a long cell stops here (the page then prints at ~60 %)


def text_units(s: str) -> int:
    """Width in Latin characters: a CJK character (3 UTF-8 bytes) counts about two."""
    n = len(s)
    return n + (len(s.encode("utf-8", "surrogatepass")) - n) // 2


def line_count(s: str, width: float) -> int:
    usable = max(1.0, width - 1.2) / TEXT_FACTOR  # cell padding; wrap waste
    if "\n" not in s:
        return max(1, math.ceil(text_units(s) / usable))
    return sum(max(1, math.ceil(text_units(part) / usable)) for part in s.split("\n"))


def natural_height(values, col_widths) -> float:
    """The height the row's wrapped text needs, in points (may pass MAX_ROW_PT)."""
    lines = 1
    for v, w in zip(values, col_widths, strict=False):
        # text of at most half the width fits on one line whatever its characters
        if v.__class__ is str and (len(v) * 2 * TEXT_FACTOR > w - 1.2 or "\n" in v):
            n = line_count(v, w)
            if n > lines:
                lines = n
    return lines * LINE_PT + ROW_PAD_PT


def row_height(values, col_widths) -> float:
    return min(MAX_ROW_PT, natural_height(values, col_widths))


def _may_be_tall(v) -> bool:
    # fewer than 25 lines of the narrowest text column: skip the count (10,000-row summaries)
    return v.__class__ is str and (len(v) > 100 or v.count("\n") > 20)


def fitted_widths(keys: list[str], rows_values) -> list[float]:
    """widths(keys), with a text column widened where a row would pass Excel's row limit.

    Excel cuts a cell off at 409 pt (about 25 lines), on screen and in print; a wider column
    keeps the whole text in its row (the sheet is printed one page wide, so the page prints a
    little smaller).  A column grows at most to MAX_COLUMN_WIDTH; check_ready names the rows."""
    col_widths = widths(keys)
    for values in rows_values:
        if not any(_may_be_tall(v) for v in values) or natural_height(values, col_widths) <= MAX_ROW_PT:
            continue
        for i, (v, w) in enumerate(zip(values, col_widths, strict=False)):
            if v.__class__ is str and COLUMNS[keys[i]].flex:
                while w < MAX_COLUMN_WIDTH and line_count(v, w) * LINE_PT + ROW_PAD_PT > MAX_ROW_PT:
                    w = min(MAX_COLUMN_WIDTH, w + 2)
                col_widths[i] = w
    return col_widths


def headers(keys: list[str], period_key: str) -> list[str]:
    lbl = P.label(period_key)
    return [COLUMNS[k].header.format(label=lbl) for k in keys]


def light_function(options: ExportOptions, words=None) -> LightFn | None:
    """The caller's light function, else the core's (chizhou_desk.lights.light_for) with the
    plan's status words `words` (their meanings as the office set them)."""
    if options.light_fn is not None:
        return options.light_fn
    from chizhou_desk.lights import light_for

    return lambda row, period: light_for(row, period.key, period.due_date, words=words)


@dataclass
class SheetRow:
    no: str
    values: list           # what the cells hold, in column order (str, int, float or None)
    gaps: list[str]        # keys of the cells that show a gap marker
    light: str = ""        # green | yellow | red | "" for the light column's fill


def sheet_row(row, keys: list[str], light_fn: LightFn | None = None, period=None, words=None) -> SheetRow:
    """One task as the cells of a sheet row, gap markers where nothing is entered; `words`: the
    plan's status words, whose meanings say which status asks for a reason (else 未达预期 does)."""
    unfilled = not row.filled
    values, gaps, light = [], [], ""
    for k in keys:
        if k == "light":
            got = Light(light_fn(row, period)) if light_fn else Light.NONE
            light = "" if got is Light.NONE else got.value
            values.append(got.label)
            continue
        v, gap = _cell_value(row, k, unfilled, words)
        values.append(v)
        if gap:
            gaps.append(k)
    return SheetRow(row.no, values, gaps, light)


def _cell_value(row, k: str, unfilled: bool, words=None):
    """(the cell's value, whether it is a gap marker) for one column key."""
    if k == "no":
        # a plain number prints like the office's table; anything else ("12-1", "03") stays text
        return (int(row.no) if row.no.isascii() and row.no.isdigit() and row.no[0] != "0" else row.no), False
    if k == "text":
        return row.text, False
    if k == "lead":
        return "、".join(row.lead_units), False
    if k == "status":
        # a status carried from the last period is not this period's report until progress is
        return (GAP_UNFILLED if unfilled else (row.status or GAP_STATUS)), unfilled or not row.status
    if k in ("progress", "next_steps"):
        v = getattr(row, k)
        return (v, False) if v else ((GAP_UNFILLED if unfilled else GAP_FIELD), True)
    if k == "reason":
        if not row.reason and (row.status == BEHIND if words is None else needs_reason(row.status, words)):
            return GAP_REASON, True
        return row.reason, False
    if k == "indicator":
        # Excel keeps 15 significant digits; round here so the file holds what the hash says
        return (None if row.indicator is None else float(f"{row.indicator:.15g}")), False
    raise KeyError(k)


def hidden_fields(row) -> tuple[str, str, str]:
    """reason, indicator and rank of a task row as the metadata's text."""
    indicator = "" if row.indicator is None else canon(float(f"{row.indicator:.15g}"))
    return row.reason or "", indicator, row.rank or ""


# the line under the title: 填报单位：X　　填报人：Y　　联系电话：Z　　填报日期：D
_FILLER = re.compile(r"填报人[：:]\s*(?P<name>[^　\s]*)[　\s]+联系电话[：:]\s*(?P<phone>[^　\s]*)")
_BLANK = re.compile(r"^[＿_\s]*$")


def filler_of(text: str) -> tuple[str, str]:
    """填报人, 联系电话 from a submission's header line; "" for a part left blank (＿＿＿)."""
    m = _FILLER.search(text)
    if not m:
        return "", ""
    name, phone = ("" if _BLANK.match(v) else v for v in (m["name"], m["phone"]))
    return name, phone


# --- the pre-export check --------------------------------------------------------------

@dataclass
class Problem:
    no: str
    kind: str      # unfilled | no_status | no_reason | same_as_previous
    message: str

    def __str__(self) -> str:
        return self.message


TASK_NAME_CHARS = 16  # the task named in a check message: enough to recognise it


def problems_in(rows, previous: dict[int, str] | None = None, keys: list[str] | None = None,
                words=None, previous_status: dict[int, str] | None = None) -> list[Problem]:
    """`previous`: task id -> last period's progress, to catch a text copied and not updated;
    `previous_status`: task id -> last period's status, to say a status was carried over, not chosen;
    `keys`: the sheet's columns (the office's six when None), for rows past Excel's row limit;
    `words`: the plan's status words (domain.StatusWords), which say which ones ask for a reason."""
    out = []
    previous = previous or {}
    keys = list(keys or BASE_KEYS)
    col_widths = widths(keys)
    for r in rows:
        where = _where(r)
        if not r.filled:  # a status alone is not a report: say so, and whether the user chose it
            if carried_over(r.status, r.progress, (previous_status or {}).get(r.id)):
                why = f"工作评价“{r.status}”沿用上期，本期未写进展情况"
            else:
                why = f"已选“{r.status}”，但未写进展情况" if r.status else "未填报"
            out.append(Problem(r.no, "unfilled", f"{where}：{why}"))
            continue
        if not r.status:
            out.append(Problem(r.no, "no_status", f"{where}：未选择工作评价"))
        if needs_reason(r.status, words) and not r.reason.strip():
            out.append(Problem(r.no, "no_reason", f"{where}：工作评价为“{r.status}”，未说明原因"))
        if previous.get(r.id, "").strip() == r.progress.strip():
            out.append(Problem(r.no, "same_as_previous", f"{where}：进展情况与上期完全相同（沿用后未更新？）"))
    for r in rows:  # after the gaps: a long text is a warning about the print, not a missing report
        tall = _too_tall(r, keys, col_widths)
        if tall:
            out.append(Problem(r.no, "too_long", f"{_where(r)}：{tall}"))
    return out


def _where(r) -> str:
    name = r.text.strip().splitlines()[0] if r.text.strip() else ""
    return f"第 {r.no} 项" + (f"（{name[:TASK_NAME_CHARS]}{'…' if len(name) > TASK_NAME_CHARS else ''}）"
                             if name else "")


def _too_tall(r, keys: list[str], col_widths: list[float]) -> str:
    """Why the row passes Excel's row limit in this layout, or "" when it fits."""
    texts = (r.text, r.progress, r.next_steps, r.reason)
    if not any(_may_be_tall(t) for t in texts):
        return ""
    values = sheet_row(r, keys).values
    height = natural_height(values, col_widths)
    if height <= MAX_ROW_PT:
        return ""
    fitted = fitted_widths(keys, [values])
    i = max(range(len(keys)), key=lambda j: line_count(values[j], col_widths[j])
            if values[j].__class__ is str else 0)
    column = COLUMNS[keys[i]].header.format(label="")
    lines = round((height - ROW_PAD_PT) / LINE_PT)
    if natural_height(values, fitted) <= MAX_ROW_PT:
        return (f"“{column}”约 {lines} 行，超过 Excel 行高上限（409 磅），"
                f"导出时将加宽该列（打印字号随之变小），建议精简")
    return f"“{column}”约 {lines} 行，超过 Excel 行高上限（409 磅），加宽该列后仍显示不全，请精简后再导出"


def unreported_units(rows) -> list[tuple[str, int]]:
    """Lead units with tasks not yet reported, most first (what the office chases before the summary)."""
    from collections import Counter

    counts = Counter(u for r in rows if not r.filled for u in (r.lead_units or ["（无牵头单位）"]))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def check_ready(store, unit: str | None, period_key: str,
                options: ExportOptions | None = None) -> list[Problem]:
    """What is not ready to hand in: unfilled tasks, missing fields, 未达预期 without a reason,
    rows too tall for Excel with the columns of `options` (the office's six when None).

    `unit` None checks every task (the summary).  An empty list means ready.
    """
    from chizhou_desk.query import select

    rows = select(store, period_key, unit=unit) if unit else store.task_rows(period_key)
    prev_key = store.previous_period(period_key)
    ids = [r.id for r in rows] if unit else None
    prev_rows = store.task_rows(prev_key, ids) if prev_key else []
    previous = {r.id: r.progress for r in prev_rows if r.progress}
    return problems_in(rows, previous, options.keys() if options else None, store.status_words(period_key),
                       {r.id: r.status for r in prev_rows if r.status})


# --- names ------------------------------------------------------------------------------

_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str) -> str:
    return _BAD_NAME.sub("_", name).strip(" .") or "导出"


def default_file_name(unit: str, period_key: str) -> str:
    """市发展改革委_2025年1-5月份_重点工作进展.xlsx"""
    return safe_file_name(f"{unit}_{P.long_label(period_key)}_重点工作进展.xlsx")


def default_summary_name(period_key: str) -> str:
    return safe_file_name(f"{P.long_label(period_key)}_重点工作进展汇总表.xlsx")


@dataclass
class ExportResult:
    path: str
    rows: int
    sha256: str
    problems: list[Problem] = field(default_factory=list)
