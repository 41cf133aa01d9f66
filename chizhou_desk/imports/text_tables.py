"""Text files as grids: the published report (a cell a line, or a row a line with "|"),
comma/tab separated values, and lists written as prose ("1．……。牵头单位：市发改委；责任单位：……")."""

from __future__ import annotations

import re
from pathlib import Path

from chizhou_desk.errors import InputError
from chizhou_desk.imports.grid import Grid, read_csv
from chizhou_desk.imports.prose import cn_number as cn_number  # noqa: F401  (kept where it was)
from chizhou_desk.imports.prose import read_prose
from chizhou_desk.imports.roles import header_scores, looks_like_units

_CELL_END = " |"
_SECTION = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、.．]\s*\S")


def read_text(path: Path, text: str) -> list[Grid]:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.rstrip() in ("序号 |", "序号|")), None)
    if start is None:
        start = _cell_lines_header(lines)
    if start is not None:
        return [_report_cells(lines, start)]
    piped = [i for i, line in enumerate(lines) if line.count("|") >= 3]
    if len(piped) >= 2:
        return [_piped_rows(lines, piped[0])]
    bare = _bare_cells(lines)
    if bare is not None:
        return [bare]
    grids = read_csv(path, text) if _looks_like_csv(lines) else None
    if grids and any(_header_like(row) for row in grids[0].rows[:30]):
        return grids
    grid = _prose(lines)
    if grid is None and grids:
        return grids  # columns without known words: the proposal says so and --map settles it
    if grid is None:
        raise InputError("文本中没有找到清单：既没有表格(“序号 |”表头、“|”或逗号分隔的列)，"
                         "也没有“1．……牵头单位：……”这样逐条书写的任务", file=str(path))
    return [grid]


def _cell_lines_header(lines: list[str]) -> int | None:
    """The first of three or more lines, each one header word ending in "|" (编号 | 实事内容 | …)."""
    for i in range(len(lines) - 2):
        run = [ln.rstrip() for ln in lines[i:i + 3]]
        if all(ln.endswith("|") and ln.count("|") == 1 for ln in run) and \
                sum(1 for ln in run if header_scores(ln[:-1])) >= 2 and \
                any(k in header_scores(run[0][:-1]) for k in ("no", "text")):
            return i
    return None


def _looks_like_csv(lines: list[str]) -> bool:
    """Several lines with two or more commas or tabs (a title line above may have none)."""
    head = [ln for ln in lines[:40] if ln.strip()]
    return sum(1 for ln in head if ln.count("\t") >= 2 or ln.count(",") >= 2) >= min(2, len(head))


def _header_like(row: list[str]) -> bool:
    """Column names: short words, two or more well known; a notice's sentence cut at its commas
    ("各牵头单位要统筹落实任务事项,制定工作推进方案,…") is not one."""
    if any(len(c) > 30 or c.endswith(("。", "；")) for c in row):
        return False
    return sum(1 for c in row if c and len(c) <= 16 and max(header_scores(c).values(), default=0) >= 0.9) >= 2


# --- the published report: one cell a line, each ending in " |" -------------------------------

def _report_cells(lines: list[str], start: int) -> Grid:
    cells = _cells(lines, start)
    header, body = _split_header(cells)
    no_col = next((i for i, h in enumerate(header) if header_scores(h).get("no")), 0)
    rows = [header]
    for row in _rows(body, len(header), no_col):
        rows.append(row if isinstance(row, list) else [row])
    return Grid("", rows, above=[ln.strip() for ln in lines[:start] if ln.strip()], kind="text")


def _cells(lines: list[str], start: int) -> list[str]:
    """Cell texts from the header on; a cell may span several lines."""
    out, buf = [], []
    for line in lines[start:]:
        if line.endswith(_CELL_END) or line.rstrip() == "|":
            buf.append(line[: -len(_CELL_END)] if line.endswith(_CELL_END) else line.rstrip()[:-1])
            out.append("\n".join(buf).strip())
            buf = []
        else:
            buf.append(line)
    if buf and "".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def _split_header(cells: list[str]) -> tuple[list[str], list[str]]:
    for i, cell in enumerate(cells):
        if cell.isdigit() and i > 0:
            j = i
            while j > 1 and _SECTION.match(cells[j - 1]):  # a heading before the first task
                j -= 1
            return cells[:j], cells[j:]
    return cells, []


def _rows(body: list[str], ncols: int, no_col: int):
    """Group cells into rows of `ncols`; a cut-off row ends early when the next number begins."""
    row: list[str] = []
    expected = None
    for cell in body:
        if row and len(row) > no_col + 1 and cell.isdigit() and expected is not None \
                and int(cell) == expected and len(row) < ncols:
            yield row + [""] * (ncols - len(row))
            row = []
        if not row and _SECTION.match(cell):
            yield cell
            continue
        row.append(cell)
        if len(row) == ncols:
            yield row
            expected = int(row[no_col]) + 1 if row[no_col].isdigit() else None
            row = []
        elif len(row) == no_col + 1 and cell.isdigit():
            expected = int(cell) + 1
    if row:
        yield row + [""] * (ncols - len(row))


# --- a table copied from a web page as plain text: one cell a line, no separators --------------

_NO_WORDS = ("序号", "编号", "序")
_MARKS = "*＊★☆"  # beside a task's number: "1*"
_PAGE_END = re.compile(r"^(注|备注|说明|来源|编辑|责任编辑|发布|打印|关闭|分享|附件|扫一扫|【)")


def _bare_cells(lines: list[str]) -> Grid | None:
    """"序号 / 内容与要求 / 进展情况 / 责任单位 / 1 / …": the header's words one a line, then each
    row's cells one a line, a row starting at its number (1, 2, …); a heading line (（一）…) between
    rows is a row of its own. A row with more lines than columns has its last cell wrapped."""
    cells = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip()]
    for k, (start, first) in enumerate(cells):
        if first not in _NO_WORDS:
            continue
        header = [first]
        for _, t in cells[k + 1:k + 12]:
            if t.strip(_MARKS).isdigit() or _SECTION.match(t) or len(t) > 40 or not header_scores(t):
                break
            header.append(t)
        body = [t for _, t in cells[k + len(header):]]
        first_row = next((t for t in body if not _SECTION.match(t)), "")
        if len(header) >= 3 and first_row.strip(_MARKS) == "1":
            return _bare_rows(header, body, [ln.strip() for ln in lines[:start] if ln.strip()])
    return None


def _bare_rows(header: list[str], body: list[str], above: list[str]) -> Grid:
    width = len(header)
    rows: list[list[str]] = [header]
    row: list[str] = []
    expected = 1

    def close() -> None:
        if row:
            rows.append(_fit(row, width))

    for cell in body:
        if cell.strip(_MARKS) == str(expected):  # the next task's number (1, 2*) starts its row
            close()
            row, expected = [cell], expected + 1
        elif (not row or len(row) >= width) and _SECTION.match(cell):
            close()
            rows.append([cell] + [""] * (width - 1))
            row = []
        elif _PAGE_END.match(cell) and len(row) >= width:
            break  # the page's own lines under the table
        elif not row:
            rows.append([cell] + [""] * (width - 1))  # a line between rows: the engine decides
        else:
            row.append(cell)
    close()
    return Grid("", rows, above=above, kind="text")


_WRAPPED = re.compile(r"[^。；;！？!?]$")  # a line that ends mid-sentence goes on in the next


def _fit(cells: list[str], width: int) -> list[str]:
    """A row's lines as its cells: a sentence wrapped over two lines is one cell; what still
    overflows goes with the last cell, where the preview shows it."""
    cells = list(cells)
    while len(cells) > width:
        k = next((k for k in range(1, len(cells) - 1) if _WRAPPED.search(cells[k]) and len(cells[k]) > 12
                  and not looks_like_units(cells[k])), None)
        if k is None:
            cells[width - 1:] = ["\n".join(cells[width - 1:])]
            break
        cells[k:k + 2] = [cells[k] + cells[k + 1]]
    return cells + [""] * (width - len(cells))


# --- a row a line: "1 | 任务 | 市发改委 | 序时推进 | …" ------------------------------------------

def _piped_rows(lines: list[str], first: int) -> Grid:
    rows: list[list[str]] = []
    for line in lines[first:]:
        if "|" not in line:
            if line.strip() and rows:  # a cell wrapped onto the next line
                rows[-1][-1] += "\n" + line.strip()
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):  # a Markdown rule under the header
            continue
        rows.append(cells)
    return Grid("", rows, above=[ln.strip() for ln in lines[:first] if ln.strip()], kind="text")


# --- prose: numbered items with labelled parts -----------------------------------------------

def _prose(lines: list[str]) -> Grid | None:
    return read_prose(lines)
