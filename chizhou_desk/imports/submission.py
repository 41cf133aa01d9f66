"""A unit's submission (报送表) made by this app, recognised by its hidden metadata sheet.

The metadata names the plan, the unit, the period, the columns, a sha256 of every data row and
the entry fields the office's columns do not show (reason, indicator, rank). A row that matches
its checksum re-imports exactly; a row the liaison changed afterwards in Excel/WPS (picked another
status from the drop-down, corrected a word) is taken as the sheet shows it and named in the
result's notes. What cannot be mapped back (another 序号, rows added or removed, another header)
is refused with the place named.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from chizhou_desk import periods as P
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError
from chizhou_desk.exports import layout as L
from chizhou_desk.file_format import FORMAT_FEEDBACK, META_SHEET, sheet_columns
from chizhou_desk.imports.engine import col_letter as _col_letter
from chizhou_desk.imports.engine import status_problem

if TYPE_CHECKING:  # read only for the office's 审核意见单
    from chizhou_desk.imports.feedback import Feedback

_EDITED = "请在本程序中修改后重新导出报送表，不要直接在 Excel/WPS 中改动导出的文件"


def read_submission(path: str | Path, workbook) -> ImportedTable | Feedback:
    path = Path(path)
    file = str(path)
    meta, table = _read_meta(workbook, file)
    fmt = meta.get("format", "")
    if fmt == FORMAT_FEEDBACK:  # the office's 审核意见单 (exports/feedback.py)
        from chizhou_desk.imports.feedback import read_feedback

        return read_feedback(path, meta, table)
    m = _checked_meta(meta, workbook, table, file)
    rows = workbook.get_sheet_by_name(m["sheet"]).to_python(skip_empty_area=False)
    data = _data_rows(rows, m, file)
    tasks, entries, edited, digests = _read_rows(data, table, m, meta.get("_statuses") or [], file)
    if not edited and L.table_digest(digests) != meta.get("sha256"):
        raise InputError(f"整表校验值不符。{_EDITED}", file=file, where=f"工作表“{META_SHEET}”")
    plan = Plan(year=m["year"], title=meta.get("plan_title", ""), doc_no=meta.get("plan_doc_no", ""))
    notes = [f"第{no}项在导出后于 Excel/WPS 中改动过，已按表中内容导入" for no in edited]
    filler, phone = L.filler_of(" ".join(L.canon(c) for r in rows[:m["header_row"] - 1] for c in r))
    from chizhou_desk.attachments import listed_files

    return ImportedTable(source=file, plan=plan, tasks=tasks, period_key=m["period_key"],
                         entries=entries, unit=m["unit"], notes=notes, filler=filler, phone=phone,
                         attachments=listed_files(meta, file))


def _checked_meta(meta: dict, workbook, table: list, file: str) -> dict:
    """The metadata a submission is read by, each value checked; InputError naming the sheet otherwise."""
    here = f"工作表“{META_SHEET}”"
    fmt = meta.get("format", "")
    if fmt == L.FORMAT_SUMMARY:
        raise InputError("这是本程序导出的汇总表，不是单位报送表；汇总表不能再导入", file=file)
    if fmt != L.FORMAT_SUBMISSION:
        raise InputError(f"元数据中的格式“{fmt}”无法识别", file=file, where=here)
    schema = _int(meta, "schema", file)
    if schema > L.EXPORT_SCHEMA:
        raise InputError(f"报送表由更新版本的程序导出(格式 {schema})，请升级本程序", file=file)
    unit = meta.get("unit", "").strip()
    if not unit:
        raise InputError("元数据中没有填报单位", file=file, where=here)
    try:
        period_key = P.make_key(*P.split_key(meta.get("period_key", "")))
    except (InputError, ValueError):
        raise InputError(f"元数据中的期间无效：{meta.get('period_key')!r}", file=file, where=here) from None
    keys = sheet_columns(meta.get("columns", ""))
    if "no" not in keys or any(k not in L.COLUMNS for k in keys):
        raise InputError(f"元数据中的列无法识别：{meta.get('columns')!r}", file=file, where=here)
    m = {"unit": unit, "period_key": period_key, "year": _int(meta, "plan_year", file), "keys": keys,
         "header_row": _int(meta, "header_row", file), "first_row": _int(meta, "first_row", file),
         "row_count": _int(meta, "row_count", file), "sheet": meta.get("sheet", "")}
    if m["sheet"] not in workbook.sheet_names:
        raise InputError(f"缺少工作表“{m['sheet']}”", file=file)
    if len(table) != m["row_count"]:
        raise InputError(f"元数据记录了 {len(table)} 行校验值，应为 {m['row_count']} 行", file=file, where=here)
    return m


def _where(m: dict, r: int) -> str:
    return f"工作表“{m['sheet']}”第 {r} 行"  # r is 1-based, as Excel shows it


def _data_rows(rows, m: dict, file: str) -> list:
    """The data rows under the header, which must be the exported one; as many as exported."""
    keys, n = m["keys"], len(m["keys"])
    got_header = [L.canon(c).strip() for c in _cells(rows, m["header_row"] - 1, n)]
    if got_header != L.headers(keys, m["period_key"]):
        raise InputError(f"表头与导出时不一致：{' | '.join(got_header)}。{_EDITED}", file=file,
                         where=_where(m, m["header_row"]))
    data = [_cells(rows, i, n) for i in range(m["first_row"] - 1, len(rows))]
    while data and not any(L.canon(v) for v in data[-1]):
        data.pop()
    if len(data) != m["row_count"]:
        r = m["first_row"] + min(len(data), m["row_count"])
        raise InputError(f"数据有 {len(data)} 行，导出时为 {m['row_count']} 行。{_EDITED}", file=file,
                         where=_where(m, r))
    return data


def _read_rows(data: list, table: list, m: dict, statuses: list, file: str):
    """Tasks and entries row by row: exactly as exported where a row matches its checksum, else
    as the sheet shows it (edited in Excel/WPS), the status checked against the list's words."""
    col = {k: i for i, k in enumerate(m["keys"])}
    gap_texts = {L.GAP_UNFILLED, L.GAP_FIELD, L.GAP_STATUS, L.GAP_REASON}
    digests, tasks, entries, edited = [], [], {}, []
    for i, (values, line) in enumerate(zip(data, table, strict=True)):
        no, _, sha, gaps, hidden_reason, hidden_indicator, hidden_rank = line[:7]
        r = m["first_row"] + i
        digest = L.row_digest(values)
        got_no = L.canon(values[col["no"]]).strip()
        if got_no != no:
            raise InputError(f"第 {r} 行的序号应为 {no}，现为 {got_no or '空'}。{_EDITED}", file=file,
                             where=_where(m, r))
        digests.append(digest)
        if no in entries:
            raise InputError(f"序号 {no} 重复", file=file, where=_where(m, r))
        if digest == sha:  # as exported: the gap markers stand for empty fields
            get = _exported_getter(values, col, set(filter(None, gaps.split(","))))
        else:  # changed after export: what the sheet shows now, markers still meaning empty
            edited.append(no)
            get = _edited_getter(values, col, gap_texts)
            _check_status(get("status"), statuses, file, f"{_where(m, r)}，{_col_letter(col['status'])} 列")
        tasks.append(Task(no=no, text=get("text"), lead_units=[u for u in get("lead").split("、") if u]))
        entries[no] = Entry(
            status=get("status") or None, progress=get("progress"), next_steps=get("next_steps"),
            reason=get("reason") if "reason" in col else hidden_reason,
            indicator=_number(get("indicator") if "indicator" in col else hidden_indicator, file, _where(m, r)),
            rank=hidden_rank)
    return tasks, entries, edited, digests


def _exported_getter(values, col: dict, gap_keys: set):
    return lambda k: "" if k in gap_keys or k not in col else L.canon(values[col[k]])


def _edited_getter(values, col: dict, gap_texts: set):
    return lambda k: _edited_cell(values, col, k, gap_texts)


def _check_status(status: str, statuses: list, file: str, where: str) -> None:
    problem = status_problem(status) or (
        f"工作评价“{status}”不在本清单的选项中({'、'.join(statuses)})"
        if status and statuses and status not in statuses else None)
    if problem:
        raise InputError(problem, file=file, where=where)


def _edited_cell(values, col: dict, key: str, gap_texts: set) -> str:
    if key not in col:
        return ""
    text = L.canon(values[col[key]]).strip()
    return "" if text in gap_texts else text


def _read_meta(workbook, file: str) -> tuple[dict, list[tuple[str, ...]]]:
    """The key/value pairs (the status words in column D as "_statuses") and the row lines."""
    rows = workbook.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False)
    width = len(L.META_ROW_FIELDS)
    meta: dict = {}
    statuses: list[str] = []
    table = []
    in_table = False
    for row in rows:
        cells = [L.canon(c) for c in row[:width]] + [""] * (width - len(row[:width]))
        if in_table:
            if cells[0]:
                table.append(tuple(cells))  # schema 1 files leave the hidden fields empty
        elif cells[0] == "no" and cells[1] == "row":
            in_table = True
        else:
            if cells[0]:
                meta[cells[0]] = cells[1]
            if cells[3]:
                statuses.append(cells[3])
    if not meta:
        raise InputError("元数据工作表为空", file=file, where=f"工作表“{META_SHEET}”")
    meta["_statuses"] = statuses
    return meta, table


def _cells(rows, i: int, n: int) -> list:
    row = rows[i] if 0 <= i < len(rows) else []
    return [row[j] if j < len(row) else "" for j in range(n)]


def _int(meta: dict, key: str, file: str) -> int:
    try:
        return int(meta.get(key, ""))
    except ValueError:
        raise InputError(f"元数据“{key}”无效：{meta.get(key)!r}", file=file,
                         where=f"工作表“{META_SHEET}”") from None


def _number(text: str, file: str, where: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InputError(f"指标值不是数字：{text!r}", file=file, where=where) from None
