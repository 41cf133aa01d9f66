"""A text list the readers could not settle, shown line by line so the user can correct it in the
preview instead of meeting a dead end: one row a line, the leading number split off into 序号,
under a header the engine knows. The proposal says the file was not understood (the command line
refuses it and points to the window's preview)."""

from __future__ import annotations

import re

from chizhou_desk.imports.grid import MAX_ROWS, Grid

HEADER = ["序号", "任务内容", "牵头单位", "配合单位", "责任领导", "完成时限"]
PROBLEM = "文本未能按清单的格式读出(已逐行列出，须逐行核对)"
_NUMBERED = re.compile(r"^\s*(?:(\d{1,3})\s*[.．、)）](?!\d)|[（(](\d{1,3})[）)])\s*")


def numbered_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if _NUMBERED.match(line))


def line_grid(text: str) -> Grid | None:
    """The lines as rows, or None when fewer than two lines are numbered (not a list)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if _NUMBERED.match(ln)), None)
    if first is None or numbered_lines(lines) < 2:
        return None
    # a heading (一、经济发展) just above the first task belongs to the list
    while first > 0 and re.match(r"^[（(]?[一二三四五六七八九十]{1,3}[）)、.．]", lines[first - 1]):
        first -= 1
    rows = [list(HEADER)]
    for line in lines[first:first + MAX_ROWS]:
        m = _NUMBERED.match(line)
        no, rest = (m.group(1) or m.group(2), line[m.end():]) if m else ("", line)
        rows.append([no, rest] + [""] * (len(HEADER) - 2))
    return Grid("", rows, above=lines[:first][-40:], kind="lines")
