"""Fixture workbooks written by code with openpyxl, so every test states the file it reads."""

from pathlib import Path

import openpyxl

TITLE = "2025年池州市政府重点工作责任清单1-6月份进展情况"
# A list laid out differently from the seed: task text first, a coop column, leader and deadline.
HEADER = ["重点工作任务", "序号", "协同责任单位", "牵头责任单位", "工作评价", "1-6月份进展情况",
          "近期工作安排", "责任领导", "完成时限"]


def write_xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = (), title: str = "清单",
               more_sheets: dict[str, list[list]] | None = None, first_empty: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if first_empty:  # an empty sheet before the one holding the table
        ws.title = "空表"
        ws = wb.create_sheet(title)
    else:
        ws.title = title
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for name, sheet_rows in (more_sheets or {}).items():
        extra = wb.create_sheet(name)
        for row in sheet_rows:
            extra.append(row)
    wb.save(path)
    return path


def list_rows(header=HEADER, tasks=None, title=TITLE) -> list[list]:
    """Title row, a note row, the header in row 3, a section row, then tasks as dicts by header."""
    tasks = tasks if tasks is not None else DEFAULT_TASKS
    rows = [[title], ["填报单位:市政府办公室    填报日期:2025年7月5日"], list(header)]
    for t in tasks:
        if isinstance(t, str):  # a section row
            rows.append([t])
        else:
            rows.append([t.get(h) for h in header])
    return rows


# Tasks 1-3 say what the seed's tasks 1-3 say (a progress table may shorten them), so this layout's
# June table is the same list as the seeded database's, not another city's (store_import.check_same_list).
DEFAULT_TASKS = [
    "一、经济发展",
    {"序号": 1, "重点工作任务": "地区生产总值增长6.5%以上。", "牵头责任单位": "市发改委",
     "协同责任单位": "市财政局、市商务局", "工作评价": "序时推进",
     "1-6月份进展情况": "上半年,增长6.6%。", "近期工作安排": "加强运行调度。",
     "责任领导": "张三", "完成时限": "2025年12月底"},
    {"序号": 2, "重点工作任务": "固定资产投资增长8%。", "牵头责任单位": "市工业和 信息化局",
     "工作评价": "未达预期", "1-6月份进展情况": "增长8.1%。", "近期工作安排": "抓好重点企业。",
     "责任领导": "李四"},
    "二、改革开放",
    {"序号": 3, "重点工作任务": "规模以上工业增加值增长9%。", "牵头责任单位": "市委人才 工作局 市人力资源 社会保障局",
     "工作评价": "已完成", "1-6月份进展情况": "已引进1.2万人。"},
]


def list_file(tmp_path: Path, name: str = "list.xlsx", **kw) -> Path:
    header = kw.pop("header", HEADER)
    tasks = kw.pop("tasks", None)
    title = kw.pop("title", TITLE)
    rows = list_rows(header, tasks, title)
    width = len(header)
    last = openpyxl.utils.get_column_letter(width)
    merges = [f"A1:{last}1", f"A2:{last}2"]
    merges += [f"A{i}:{last}{i}" for i, r in enumerate(rows, start=1)
               if i > 3 and len(r) == 1]  # section rows span the table like in the office's lists
    return write_xlsx(tmp_path / name, rows, tuple(merges), **kw)
