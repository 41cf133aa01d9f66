"""A responsibility list or progress table as .xlsx: header row found, columns matched by name.

Read with python-calamine: it reads values about 5x faster than openpyxl, which stays the writer.
"""

import re
from datetime import date, datetime, time
from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError, PeriodNeeded
from chizhou_desk.imports import columns
from chizhou_desk.imports.plan_title import plan_title

_SECTION = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、.．]")
_SECTION_NUMERAL = re.compile(r"^[（(]?([一二三四五六七八九十]+)[）)、.．]?$")
# Columns whose cell an office merges down over several tasks (one unit leads a block of rows).
_FILL_DOWN = ("lead", "coop", "leader", "deadline", "source", "target")
_TITLE_YEAR = re.compile(r"(20\d{2})\s*年")
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,4}〔(\d{4})〕\d+号")
HEADER_SCAN_ROWS = 30


def open_workbook(path: Path):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types for every kind of broken file
        raise InputError(f"无法作为 Excel 文件读取({exc.__class__.__name__})", file=str(path)) from exc


def read_xlsx_table(path: str | Path, period_key: str | None = None, workbook=None) -> ImportedTable:
    path = Path(path)
    wb = workbook or open_workbook(path)
    problems = []
    for sheet_name in wb.sheet_names:
        sheet = wb.get_sheet_by_name(sheet_name)
        try:
            rows = sheet.to_python(skip_empty_area=False)
        except Exception as exc:  # a damaged sheet inside a readable zip
            raise InputError(f"工作表无法读取({exc.__class__.__name__})", file=str(path),
                             where=f"工作表“{sheet_name}”") from exc
        if not rows or not any(_s(c) for row in rows for c in row):
            problems.append(f"工作表“{sheet_name}”为空")
            continue
        found = _find_header(rows)
        if found is None:
            problems.append(f"工作表“{sheet_name}”前 {HEADER_SCAN_ROWS} 行中没有含“序号”和“重点工作任务”的表头")
            continue
        _fill_merged_down(rows, sheet, *found)
        return _read_sheet(path, sheet_name, rows, *found, period_key)
    raise InputError(";".join(problems) or "工作簿中没有工作表", file=str(path))


def _find_header(rows) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = columns.map_header([_s(c) for c in row])
        if "text" in fields and ("no" in fields or "lead" in fields):
            return i, fields
    return None


def _fill_merged_down(rows, sheet, header_i: int, fields: dict[str, int]) -> None:
    """Give every row of a vertically merged unit/leader/deadline cell the merged value.

    Only those columns: a merged 序号 or task cell is one task, and a section row merged across
    the table must stay a single filled cell.
    """
    cols = {fields[f] for f in _FILL_DOWN if f in fields}
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:  # older calamine or a sheet type without merge info
        return
    for (r0, c0), (r1, _c1) in ranges:
        if r1 > r0 and r0 > header_i and c0 in cols and r1 < len(rows):
            value = rows[r0][c0]
            for r in range(r0 + 1, r1 + 1):
                if c0 < len(rows[r]) and not _s(rows[r][c0]):
                    rows[r][c0] = value


def _col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        out = chr(65 + rem) + out
    return out


def _read_sheet(path, sheet, rows, header_i, fields, period_key) -> ImportedTable:
    header = [_s(c) for c in rows[header_i]]

    def where(r, field=None):
        place = f"工作表“{sheet}”第 {r + 1} 行"
        if field in fields:
            place += f", {_col_letter(fields[field])} 列({header[fields[field]]})"
        return place

    cells_above = [_s(c) for row in rows[:header_i] for c in row if _s(c)]
    plan = _plan(cells_above, path)
    key = _period(header, fields, plan, period_key, path, where(header_i, "progress")) or \
        (_title_period(cells_above, plan.year) if "progress" in fields else None)
    table = ImportedTable(source=str(path), plan=plan, tasks=[], period_key=key)
    used = set(fields.values())
    table.ignored_columns = [f"{_col_letter(i)} 列({h})" for i, h in enumerate(header)
                             if h and i not in used]
    section = ""
    seen: dict[str, int] = {}  # task number -> row, to refuse a number given twice
    has_entries = any(f in fields for f in ("status", "progress", "plan"))
    ncols = len(header)
    # column of each field; an absent field reads the empty cell past the row's end
    col = {f: fields.get(f, ncols) for f in (*columns.SYNONYMS, "no", "text")}
    i_no, i_text, i_lead, i_coop = col["no"], col["text"], col["lead"], col["coop"]
    i_status, i_progress, i_plan, i_reason = col["status"], col["progress"], col["plan"], col["reason"]
    extras = [(k, col[k]) for k in ("leader", "source") if k in fields]
    # a column no field matches is kept under its own header (责任科室, 联系人 …), never dropped
    extras += [(h, i) for i, h in enumerate(header) if h and i not in used and h not in col]
    has_no = "no" in fields
    for r in range(header_i + 1, len(rows)):
        row = rows[r]
        cells = [v.strip() if type(v) is str else _s(v) for v in row[:ncols]]
        cells += [""] * (ncols + 1 - len(cells))
        if not any(cells):
            continue
        no, text = cells[i_no], cells[i_text]
        if not (no and text):  # the rare rows: sections, notes, numerals, and errors
            filled = [c for c in cells if c]
            if len(filled) == 1 and _SECTION.match(filled[0]):
                section = filled[0]
                continue
            numeral = _SECTION_NUMERAL.match(no) if has_no and not no.isdigit() else None
            if numeral and len(filled) <= 2:  # "一 | 经济发展": the numeral in 序号, the name beside it
                section = f"{numeral.group(1)}、{text}" if text else no
                continue
            no = no or (str(len(table.tasks) + 1) if not has_no else "")
            if not no:
                if len(filled) == 1:  # a note or a footer line under the table
                    continue
                raise InputError("缺少序号", file=str(path), where=where(r, "no"))
            if not text:
                raise InputError(f"任务 {no} 缺少任务内容", file=str(path), where=where(r, "text"))
        elif has_no and not no.isdigit():
            numeral = _SECTION_NUMERAL.match(no)
            if numeral and sum(1 for c in cells if c) <= 2:
                section = f"{numeral.group(1)}、{text}"
                continue
        no = _no(no)
        if no in seen:
            raise InputError(f"序号 {no} 重复(第 {seen[no] + 1} 行已有)", file=str(path),
                             where=where(r, "no"))
        seen[no] = r
        lead, coop = cells[i_lead], cells[i_coop]
        table.tasks.append(Task(
            no=no, text=text, section=section,
            lead_units=[lead] if lead else [], coop_units=[coop] if coop else [],
            target=cells[col["target"]], deadline=cells[col["deadline"]],
            extra={k: cells[i] for k, i in extras if cells[i]}))
        if has_entries:
            status = cells[i_status]
            problem = columns.status_problem(status)
            if problem:
                raise InputError(problem, file=str(path), where=where(r, "status"))
            progress, plan, reason = cells[i_progress], cells[i_plan], cells[i_reason]
            if status or progress or plan or reason:
                table.entries[no] = Entry(status=status or None, progress=progress, plan=plan,
                                          reason=reason, rank=cells[col["rank"]],
                                          indicator=_number(cells[col["indicator"]]),
                                          comment=cells[col["comment"]])
    if not table.tasks:
        raise InputError("表头下没有任务行", file=str(path), where=where(header_i))
    if table.entries and table.period_key is None:
        raise PeriodNeeded("表格有进展内容,但表头未标明期间,请用 --period 指定(如 2025-05)",
                           year=table.plan.year, file=str(path), where=where(header_i, "progress"))
    return table


def _plan(cells_above: list[str], path: Path) -> Plan:
    above = " ".join(cells_above)
    doc = _DOC_NO.search(above)
    year_m = _TITLE_YEAR.search(above) or _TITLE_YEAR.search(path.stem)
    year = int(year_m.group(1)) if year_m else (int(doc.group(1)) if doc else None)
    if year is None:
        raise InputError("无法确定年份:表头上方标题和文件名中都没有“20xx年”", file=str(path))
    return Plan(year=year, title=plan_title(cells_above, year), doc_no=doc.group(0) if doc else "")


def _period(header, fields, plan: Plan, period_key, path, where) -> str | None:
    if period_key:
        try:
            key = P.parse(period_key, plan.year)
        except InputError as exc:
            raise InputError(f"--period: {exc}", file=str(path)) from None
        if P.split_key(key)[0] != plan.year:
            raise InputError(f"期间 {key} 与清单年份 {plan.year} 不符", file=str(path))
        return key
    if "progress" in fields:
        month = P.find_in_header(header[fields["progress"]])
        if month:
            return P.make_key(plan.year, month)
    return None


_TITLE_RANGE = re.compile(r"(?<!\d)1\s*[-—–~至]\s*(\d{1,2})\s*月")


def _title_period(cells_above: list[str], year: int) -> str | None:
    """'…清单1-6月份进展情况' above a table whose progress column says only 进展情况."""
    for cell in cells_above:
        m = _TITLE_RANGE.search(cell)
        if m and ("进展" in cell or "清单" in cell) and 1 <= int(m.group(1)) <= 12:
            return P.make_key(year, int(m.group(1)))
    return None


def _s(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):  # a 完成时限 typed as a date
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _no(value: str) -> str:
    return value.rstrip(".、")


def _number(value: str) -> float | None:
    try:
        return float(value.rstrip("%")) if value else None
    except ValueError:
        return None
