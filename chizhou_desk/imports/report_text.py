"""The published report's text: metadata lines, the narrative, then the table a cell a line."""

import re
from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import Entry, ImportedTable, Plan, Task, default_plan_title
from chizhou_desk.errors import InputError
from chizhou_desk.imports import columns

_CELL_END = " |"
_PLAN_TITLE = re.compile(r"《((\d{4})年[^》]*清单)》")
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,4}〔(\d{4})〕\d+号")
_SECTION = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、.．]\s*\S")
_DATE = re.compile(r"(20\d{2})-\d{2}-\d{2}")
_PUBLISHER = re.compile(r"发布机构:\s*\|\s*([^|]+?)\s*\|")
_CITY = re.compile(r"^([\u4e00-\u9fff]{2,3}?)市")


def looks_like_report(text: str) -> bool:
    return "序号" + _CELL_END in text


def read_report_text(path: str | Path, text: str | None = None) -> ImportedTable:
    path = Path(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError("不是 UTF-8 文本文件", file=str(path)) from exc
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == "序号" + _CELL_END.strip()
                  or line.rstrip() == "序号" + _CELL_END), None)
    if start is None:
        raise InputError("没有找到表头(“序号 |”开头的表格)", file=str(path))
    cells = _cells(lines, start)
    header, body, header_line = _split_header(cells, str(path))
    fields = columns.map_header([c for c, _ in header])
    for need, name in (("no", "序号"), ("text", "重点工作任务")):
        if need not in fields:
            raise InputError(f"表头缺少“{name}”列", file=str(path), where=f"第 {header_line} 行")
    plan = _plan(text, str(path))
    period_key = _period(header, fields, plan.year, str(path), header_line)
    table = ImportedTable(source=str(path), plan=plan, tasks=[], period_key=period_key)
    ncols = len(header)
    section = ""
    for row, line_no in _rows(body, ncols, fields["no"]):
        if isinstance(row, str):  # a heading row: "一、经济发展 |"
            section = row
            continue
        _add_row(table, row, fields, str(path), line_no)
        table.tasks[-1].section = section
    if not table.tasks:
        raise InputError("表格中没有任务行", file=str(path), where=f"第 {header_line} 行之后")
    return table


def _cells(lines: list[str], start: int) -> list[tuple[str, int]]:
    """(cell text, 1-based line number) from the header on; a cell may span several lines."""
    out, buf, first = [], [], None
    for i in range(start, len(lines)):
        line = lines[i]
        if first is None:
            first = i + 1
        if line.endswith(_CELL_END) or line.rstrip() == "|":
            buf.append(line[: -len(_CELL_END)] if line.endswith(_CELL_END) else line.rstrip()[:-1])
            out.append(("\n".join(buf).strip(), first))
            buf, first = [], None
        else:
            buf.append(line)
    if buf and "".join(buf).strip():
        out.append(("\n".join(buf).strip(), first))
    return out


def _split_header(cells, path):
    for i, (cell, _) in enumerate(cells):
        if cell.isdigit() and i > 0:
            j = i
            while j > 1 and _SECTION.match(cells[j - 1][0]):  # a heading before the first task
                j -= 1
            return cells[:j], cells[j:], cells[0][1]
    raise InputError("表头之后没有任务行", file=path, where=f"第 {cells[0][1]} 行")


def _rows(body, ncols: int, no_col: int):
    """Group cells into rows of `ncols`; a cut-off row ends early when the next number begins."""
    row: list[str] = []
    line_no = body[0][1]
    expected = None
    for cell, ln in body:
        if row and len(row) > no_col + 1 and cell.isdigit() and expected is not None \
                and int(cell) == expected and len(row) < ncols:
            yield row, line_no
            row = []
        if not row and _SECTION.match(cell):
            yield cell, ln
            continue
        if not row:
            line_no = ln
        row.append(cell)
        if len(row) == ncols:
            yield row, line_no
            expected = int(row[no_col]) + 1 if row[no_col].isdigit() else None
            row = []
        elif len(row) == no_col + 1 and cell.isdigit():
            expected = int(cell) + 1
    if row:
        yield row, line_no


def _add_row(table: ImportedTable, row: list[str], fields: dict[str, int], path: str, line_no: int):
    def get(name: str) -> str:
        i = fields.get(name)
        return row[i] if i is not None and i < len(row) else ""

    no = get("no").strip()
    if not no:
        raise InputError("缺少序号", file=path, where=f"第 {line_no} 行")
    text = get("text")
    if not text.strip():
        raise InputError(f"任务 {no} 缺少任务内容", file=path, where=f"第 {line_no} 行, 重点工作任务列")
    task = Task(no=no, text=text, lead_units=[get("lead")] if get("lead") else [],
                coop_units=[get("coop")] if get("coop") else [],
                target=get("target"), deadline=get("deadline"),
                extra={k: get(k) for k in ("leader", "source") if get(k)})
    table.tasks.append(task)
    problem = columns.status_problem(get("status"))
    if problem:
        raise InputError(problem, file=path, where=f"第 {line_no} 行起的一行, 工作评价列")
    entry = Entry(status=get("status") or None, progress=get("progress"), plan=get("plan"),
                  reason=get("reason"), rank=get("rank"))
    if entry.status or entry.progress or entry.plan:
        table.entries[no] = entry


def _plan(text: str, path: str) -> Plan:
    title_m = _PLAN_TITLE.search(text)
    doc_m = _DOC_NO.search(text)
    year = None
    if title_m:
        year = int(title_m.group(2))
    elif doc_m:
        year = int(doc_m.group(1))
    else:
        m = P._YEAR.search(text) or _DATE.search(text)
        year = int(m.group(1)) if m else None
    if year is None:
        raise InputError("无法确定年份(标题、文号或日期中都没有)", file=path)
    pub = _PUBLISHER.search(text)
    city_m = _CITY.match(pub.group(1)) if pub else None
    return Plan(year=year, title=title_m.group(1) if title_m else default_plan_title(year),
                doc_no=doc_m.group(0) if doc_m else "", city=city_m.group(1) if city_m else "")


def _period(header, fields, year: int, path: str, header_line: int) -> str | None:
    if "progress" not in fields:
        return None
    cell = header[fields["progress"]][0]
    month = P.find_in_header(cell)
    if month is None:
        raise InputError(f"无法从表头“{cell}”读出期间", file=path, where=f"第 {header_line} 行")
    return P.make_key(year, month)
