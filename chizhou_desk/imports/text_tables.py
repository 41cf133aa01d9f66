"""Text files as grids: the published report (a cell a line, or a row a line with "|"),
comma/tab separated values, and lists written as prose ("1．……。牵头单位：市发改委；责任单位：……")."""

from __future__ import annotations

import re
from pathlib import Path

from chizhou_desk.errors import InputError
from chizhou_desk.imports.grid import Grid, read_csv
from chizhou_desk.imports.roles import clean, header_scores

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
    return sum(1 for c in row if c and len(c) <= 24 and header_scores(c)) >= 2


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

_ITEM = re.compile(r"^\s*(\d{1,3})\s*[.．、]\s*(?!\d)|^\s*[（(](\d{1,3})[）)]\s*")
_CN_ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[）)]\s*")
_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S")
_LABEL = re.compile(r"[（(]?\s*(牵头(?:责任)?单位|牵头部门|责任单位|责任部门|配合单位|协同(?:责任)?单位|协办单位|"
                    r"参与单位|主办单位|责任领导|牵头领导|分管(?:市)?领导|完成时限|完成时间|时间节点|时限)"
                    r"\s*[：:]\s*")


_BRACKET_UNITS = re.compile(r"[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*牵头[^（）()]*)[）)]\s*[。；;]?\s*$")
_DUTY_WORDS = re.compile(r"(按职责分工?负责|按职责分工落实|按职责落实|分别负责|负责落实|负责|配合|参与|落实)$")


def _bracket_units(inner: str) -> tuple[str, str]:
    """'市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责' ->
    ('市政府办公室、市审改办', '市级各有关部门、各县市区政府')."""
    lead, _, rest = inner.partition("牵头")
    names = []
    for part in re.split(r"[，,；;]", rest):
        part = _DUTY_WORDS.sub("", part.strip())
        names += [n for n in re.split(r"及|、", part) if n.strip()]
    return lead.strip("，, "), "、".join(n.strip() for n in names)


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_number(text: str) -> int:
    """一 -> 1, 十二 -> 12, 二十三 -> 23."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _prose(lines: list[str]) -> Grid | None:
    items, above = _prose_items(lines)
    tasks = [it for it in items if "no" in it]
    bracketed = sum(1 for it in tasks if _BRACKET_UNITS.search(it["text"]))
    if len(tasks) < 2 or not (bracketed or any(_LABEL.search(it["text"]) for it in tasks)):
        return None
    labels: list[str] = []
    for it in tasks:
        m = _BRACKET_UNITS.search(it["text"]) if bracketed * 2 >= len(tasks) else None
        for label in (_bracketed_parts(it, m) if m else _labelled_parts(it)):
            if label not in labels:
                labels.append(label)
    header = ["序号", "任务内容", *labels]
    rows = [header]
    for it in items:
        if "no" not in it:  # a heading row, as a sheet has it
            rows.append([it["section"]] + [""] * (len(header) - 1))
        else:
            rows.append([it["no"], it["task"], *[it["parts"].get(lb, "") for lb in labels]])
    return Grid("", rows, above=above, kind="prose")


def _prose_items(lines: list[str]) -> tuple[list[dict], list[str]]:
    """Numbered items ({"no", "text"}) and headings ({"section"}) in order; the lines before them."""
    items: list[dict] = []
    above: list[str] = []
    arabic = any(_ITEM.match(line) for line in lines)
    current = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        m = _ITEM.match(line) if arabic else _CN_ITEM.match(line)
        if m:
            no = next(g for g in m.groups() if g)
            no = no if no.isdigit() else str(cn_number(no))  # （三） is task 3
            current = {"no": no, "text": line[m.end():]}
            items.append(current)
        elif _HEADING.match(line) or (arabic and _CN_ITEM.match(line)):
            items.append({"section": line})
            current = None
        elif current is not None:  # "牵头单位：…" on its own line, or the item continued
            current["text"] += ("\n" if _LABEL.search(line) else "") + line
        elif not items:
            above.append(line)
    return items, above


def _bracketed_parts(item: dict, m) -> list[str]:
    """"……。（市发改委、市财政局牵头，各县区政府按职责分工负责）"."""
    item["task"] = item["text"][:m.start()].strip()
    lead, coop = _bracket_units(m.group(1))
    item["parts"] = {"牵头单位": lead, "配合单位": coop}
    return ["牵头单位", "配合单位"]


def _labelled_parts(item: dict) -> list[str]:
    """"……。牵头单位：市发改委；责任单位：……"."""
    parts = _LABEL.split(item["text"])
    item["task"] = parts[0].strip().rstrip("（(")
    item["parts"] = {}
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        item["parts"][clean(label)] = value.strip().rstrip("。；;，,）)").strip()
    return list(item["parts"])
