"""A unit's submission (报送表) made by this app, recognised by its hidden metadata sheet.

The metadata names the plan, the unit, the period, the columns and a sha256 of every data row,
so the office's copy re-imports exactly what the unit exported, and a file changed after export
(by hand in Excel/WPS) is refused with the row named instead of being merged half-right.
"""

from __future__ import annotations

from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.imports.detect import META_SHEET

_EDITED = "请在本程序中修改后重新导出报送表,不要直接在 Excel/WPS 中改动导出的文件"


def read_submission(path: str | Path, workbook) -> ImportedTable:
    path = Path(path)
    file = str(path)
    meta, table = _read_meta(workbook, file)
    fmt = meta.get("format", "")
    if fmt == L.FORMAT_SUMMARY:
        raise InputError("这是本程序导出的汇总表,不是单位报送表;汇总表不能再导入", file=file)
    if fmt != L.FORMAT_SUBMISSION:
        raise InputError(f"元数据中的格式“{fmt}”无法识别", file=file, where=f"工作表“{META_SHEET}”")
    schema = _int(meta, "schema", file)
    if schema > L.EXPORT_SCHEMA:
        raise InputError(f"报送表由更新版本的程序导出(格式 {schema}),请升级本程序", file=file)
    unit = meta.get("unit", "").strip()
    if not unit:
        raise InputError("元数据中没有填报单位", file=file, where=f"工作表“{META_SHEET}”")
    try:
        period_key = P.make_key(*P.split_key(meta.get("period_key", "")))
    except (InputError, ValueError):
        raise InputError(f"元数据中的期间无效: {meta.get('period_key')!r}", file=file,
                         where=f"工作表“{META_SHEET}”") from None
    year = _int(meta, "plan_year", file)
    keys = meta.get("columns", "").split(",")
    if "no" not in keys or any(k not in L.COLUMNS for k in keys):
        raise InputError(f"元数据中的列无法识别: {meta.get('columns')!r}", file=file,
                         where=f"工作表“{META_SHEET}”")
    header_row, first_row = _int(meta, "header_row", file), _int(meta, "first_row", file)
    row_count = _int(meta, "row_count", file)
    sheet = meta.get("sheet", "")
    if sheet not in workbook.sheet_names:
        raise InputError(f"缺少工作表“{sheet}”", file=file)
    if len(table) != row_count:
        raise InputError(f"元数据记录了 {len(table)} 行校验值,应为 {row_count} 行", file=file,
                         where=f"工作表“{META_SHEET}”")

    rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    where = lambda r: f"工作表“{sheet}”第 {r} 行"  # noqa: E731  (r is 1-based, as Excel shows it)
    n = len(keys)
    got_header = [L.canon(c).strip() for c in _cells(rows, header_row - 1, n)]
    if got_header != L.headers(keys, period_key):
        raise InputError(f"表头与导出时不一致: {' | '.join(got_header)}。{_EDITED}", file=file,
                         where=where(header_row))
    data = [_cells(rows, i, n) for i in range(first_row - 1, len(rows))]
    while data and not any(L.canon(v) for v in data[-1]):
        data.pop()
    if len(data) != row_count:
        r = first_row + min(len(data), row_count)
        raise InputError(f"数据有 {len(data)} 行,导出时为 {row_count} 行。{_EDITED}", file=file,
                         where=where(r))

    col = {k: i for i, k in enumerate(keys)}
    digests, tasks, entries = [], [], {}
    for i, (values, (no, _, sha, gaps)) in enumerate(zip(data, table)):
        r = first_row + i
        digest = L.row_digest(values)
        got_no = L.canon(values[col["no"]]).strip()
        if digest != sha or got_no != no:
            raise InputError(f"序号 {no} 这一行在导出后被改动过(与校验值不符)。{_EDITED}", file=file,
                             where=where(r))
        digests.append(digest)
        if no in entries:
            raise InputError(f"序号 {no} 重复", file=file, where=where(r))
        gap_keys = set(filter(None, gaps.split(",")))
        get = lambda k: "" if k in gap_keys or k not in col else L.canon(values[col[k]])  # noqa: E731
        tasks.append(Task(no=no, text=get("text"),
                          lead_units=[u for u in get("lead").split("、") if u]))
        entries[no] = Entry(status=get("status") or None, progress=get("progress"), plan=get("plan"),
                            reason=get("reason"), indicator=_number(get("indicator"), file, where(r)))
    if L.table_digest(digests) != meta.get("sha256"):
        raise InputError(f"整表校验值不符。{_EDITED}", file=file, where=f"工作表“{META_SHEET}”")
    plan = Plan(year=year, title=meta.get("plan_title", ""), doc_no=meta.get("plan_doc_no", ""))
    return ImportedTable(source=file, plan=plan, tasks=tasks, period_key=period_key,
                         entries=entries, unit=unit)


def _read_meta(workbook, file: str) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    rows = workbook.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False)
    meta: dict[str, str] = {}
    table = []
    in_table = False
    for row in rows:
        cells = [L.canon(c) for c in row[:4]] + [""] * (4 - len(row[:4]))
        if in_table:
            if cells[0]:
                table.append((cells[0], cells[1], cells[2], cells[3]))
        elif cells[0] == "no" and cells[1] == "row":
            in_table = True
        elif cells[0]:
            meta[cells[0]] = cells[1]
    if not meta:
        raise InputError("元数据工作表为空", file=file, where=f"工作表“{META_SHEET}”")
    return meta, table


def _cells(rows, i: int, n: int) -> list:
    row = rows[i] if 0 <= i < len(rows) else []
    return [row[j] if j < len(row) else "" for j in range(n)]


def _int(meta: dict, key: str, file: str) -> int:
    try:
        return int(meta.get(key, ""))
    except ValueError:
        raise InputError(f"元数据“{key}”无效: {meta.get(key)!r}", file=file,
                         where=f"工作表“{META_SHEET}”") from None


def _number(text: str, file: str, where: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InputError(f"指标值不是数字: {text!r}", file=file, where=where) from None
