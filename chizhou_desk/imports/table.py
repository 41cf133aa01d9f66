"""The table a settled proposal gives: tasks, entries, sections, and the checks that refuse a
misread (numbers that repeat or go backwards, sub-rows, one task holding most of the text, most
tasks without a unit, sentences as status) instead of importing part of a file silently."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from chizhou_desk.domain import Entry, ImportedTable, Task
from chizhou_desk.errors import InputError, PeriodNeeded
from chizhou_desk.imports import roles as R
from chizhou_desk.imports.grid import Grid
from chizhou_desk.imports.prose import cn_number, split_duty
from chizhou_desk.units import split_names

_SECTION = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、.．]")
_SECTION_NUMERAL = re.compile(r"^[（(]?([一二三四五六七八九十]+)[）)、.．]?$")
TASK_NO = re.compile(r"^[（(]?(\d{1,5})[)）.、．]?$")  # a task number as written: 12, 12., （12）
_LEADING_NO = re.compile(r"^\s*(?:[（(](\d{1,3})[)）]|(\d{1,3})\s*[.．、](?!\d))\s*")
_LEAD_MARK = re.compile(r"[（(【\[〔]\s*牵头\s*[）)】\]〕]|[★☆▲△＊*]")
# one cell naming both: "牵头单位：市发改委；配合单位：市统计局、市财政局"
# at a cell's start or after a mark: "省牵头单位：" names the province's lead, not this list's
_UNIT_LABEL = re.compile(r"(?<![\u4e00-\u9fff])"
                         r"(牵头(?:责任)?(?:单位|部门)?|主办(?:单位)?|主责(?:单位)?|责任(?:单位|部门)|"
                         r"(?:配合|协同|协办|协助|参与)(?:责任)?(?:单位|部门)?)\s*[：:]")
_UNIT_TRIM = " \t\n\u3000；;，,。、"
_NOTE_ROW = re.compile(r"^(注|备注|说明|填表说明|数据来源|附注)\s*[:：\d]")
# lines under a table: notes, who filled it in, phone numbers
_FOOTER = re.compile(r"^(注|备注|说明|填表说明|数据来源|附注|填报|填表|联系人|联系电话|审核|制表|单位负责人|"
                     r"分管领导|主要负责人|报送|日期)")
_TOTALS = re.compile(r"^(合计|总计|小计|共计)")
_DOTTED_NO = re.compile(r"^(\d{1,3}(?:[.．\-－]\d{1,3})+)[.．、]?$")  # 2.3: the third task of part two
_SUB_NO = re.compile(r"^[（(]\d{1,3}[)）]$")  # （1）: a sub-item's number
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")
# "（一）1", "一、2", "二-3": the part's numeral and the task's number in one cell
_PART_NO = re.compile(r"^[（(]?([一二三四五六七八九十]{1,3})[）)、.．\-－]?\s*[（(]?(\d{1,3})[)）.．、]?$")
# columns an office merges down over several tasks (one unit leads a block of rows)
_FILL_DOWN = ("lead", "coop", "leader", "deadline", "source", "target")


def col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        out = chr(65 + rem) + out
    return out


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        if not "A" <= ch <= "Z":
            raise ValueError(letters)
        n = n * 26 + ord(ch) - 64
    return n - 1


def build_table(prop, path: Path) -> ImportedTable:
    """The proposal applied: tasks and entries, or an error naming what looks misread."""
    return _TableReader(prop, path).read()


class _TableReader:
    """One proposal read into a table: the rows sorted into skipped, sections and tasks, the
    tasks numbered and checked, then the tasks and entries made."""

    def __init__(self, prop, path: Path):
        self.prop, self.file = prop, str(path)
        grid = prop.grid
        self.sheet_name = f"工作表“{grid.name}”" if grid.kind == "sheet" else (grid.name or "")
        self.width = width = len(prop.columns)
        self.cols = cols = {c.role: c.index for c in prop.columns if c.role in R.SINGLE}
        self.i_no, self.i_text = cols.get("no"), cols["text"]
        self.has_entries = any(r in cols for r in ("status", "progress", "plan"))
        self.group = prop.group if prop.group is not None and prop.columns[prop.group].role == "extra" else None
        extras = [(c.role if c.role in ("leader", "source") else c.header or col_letter(c.index), c.index)
                  for c in prop.columns if c.role in ("leader", "source", "extra") and c.index != self.group]
        # 备注 goes with the entry when the table reports progress, else it is kept with the task
        self.note_with_entry = self.has_entries and "note" in cols
        if "note" in cols and not self.note_with_entry:
            extras.append((prop.columns[cols["note"]].header or "备注", cols["note"]))
        if "leader" not in cols:  # a leader named by a heading is read from the cell past the end
            extras.append(("leader", width + 1))
        self.extras = extras
        self.entry_or_unit = {cols[k] for k in ("lead", "coop", "status", "progress", "plan", "reason") if k in cols}
        end = getattr(prop, "end_row", None) or len(grid.rows)  # a second table under this one is not read
        # one empty cell past the end (read for the roles the table lacks), one for a heading's leader
        self.rows = [list(r) + [""] * (width + 2 - len(r)) for r in grid.rows[:end]]
        _fill_down(self.rows, grid, prop.first_body_row, {cols[f] for f in _FILL_DOWN if f in cols} | (
            {self.group} if self.group is not None else set()))
        self.no_spans = {r: r0 for r0, c0, r1, c1 in grid.merges if c0 == self.i_no and r1 > r0
                         for r in range(r0 + 1, r1 + 1)} if self.i_no is not None else {}
        self.header_cells = [R.clean(c) for c in self.rows[prop.header_row]]
        self.wide = {r0 for r0, c0, _r1, c1 in grid.merges if c1 > c0 and c0 <= 1}  # merged across the table
        self.section, self.sections, self.section_leader = "", 0, ""
        # text pasted from a page or a PDF breaks lines where the column ended, not where the writer did
        self.wrapped = [cols[k] for k in ("text", "progress", "plan", "reason") if k in cols] \
            if grid.kind == "text" else []
        if grid.above and _SECTION.match(grid.above[-1]):  # a Word heading right above the table
            self.section, self.sections = grid.above[-1], 1

    def where(self, r: int, col: int | None = None) -> str:
        place = f"{self.sheet_name}第 {r + 1} 行" if self.sheet_name else f"第 {r + 1} 行"
        if col is not None:
            place += f"，{col_letter(col)} 列({R.clean(self.prop.columns[col].header) or '无列名'})"
        return place

    def read(self) -> ImportedTable:
        prop = self.prop
        raw = self._task_rows()
        raw = _sub_items(raw, self.cols, self.file, self.where, self.i_no)
        _number(raw, self.file, self.where, self.i_no)
        table = ImportedTable(source=self.file, plan=prop.plan, tasks=[], period_key=prop.period_key)
        table.ignored_columns = [f"{col_letter(c.index)} 列({c.header})" for c in prop.columns
                                 if c.role == "extra" and c.header and c.index != self.group]
        for r in getattr(prop, "other_tables", []):  # the user chose one table of several
            table.notes.append(f"{self.where(r)}是另一张表的表头，那张表未导入")
        for item in raw:
            self._add(table, item)
        try:
            _sanity(table, raw, self.cols, self.file, self.where, len(self.rows) - prop.first_body_row)
        except InputError as exc:
            if not getattr(prop, "user_checked", False):
                raise
            table.notes.append(str(exc).replace(f"{self.file}: ", ""))  # the user has looked: a warning
        if table.entries and table.period_key is None:
            col = self.cols.get("progress", self.cols.get("status", self.cols.get("plan")))
            raise PeriodNeeded("表格有进展内容，但表头和标题都未标明期间，请用 --period 指定(如 2025-05)",
                               year=prop.year, file=self.file, where=self.where(prop.header_row, col))
        return table

    def _task_rows(self) -> list[dict]:
        """The body's rows that are tasks; sections remembered on the way, the rest skipped."""
        last_numbered = _last_numbered(self.rows, self.prop.first_body_row, self.i_no)
        raw: list[dict] = []
        unnumbered: list[int] = []
        marks = getattr(self.prop, "row_marks", None) or {}  # the user's word on rows (the preview)
        for r in range(self.prop.first_body_row, len(self.rows)):
            cells = self.rows[r]  # the readers hand over stripped text
            if r in marks:
                self._marked(r, cells, marks[r], raw)
                continue
            distinct = set(cells) - {""}
            if not distinct or self._is_repeated_header(cells) or \
                    (r > last_numbered and _under_table(cells, distinct, r in self.wide, self.i_text)):
                continue  # notes, signatures and totals under the table (a task-like row is not skipped)
            if len(distinct) <= 2 and self._skip_or_section(r, cells, distinct):
                continue
            if (self.i_no is None or not cells[self.i_no].isdigit()) and self._heading_row(r, cells):
                continue
            no, text = self._number_and_text(cells, len(raw))
            if not no:
                if r in self.no_spans and raw:  # a 序号 merged over several rows: one task
                    _continue_task(raw[-1], cells, self.cols, r)
                else:
                    unnumbered.append(r)
                continue
            raw.append(self._task_row(r, cells, no, text))
        if unnumbered:
            first = unnumbered[0]
            sample = self.rows[first][self.i_text] or next(c for c in self.rows[first] if c)
            raise InputError(f"有 {len(unnumbered)} 行有内容却没有序号(如“{sample[:20]}”)，"
                             "无法确定属于哪项任务，没有导入；若这些行是子项，请给它们编号或并入所属任务；"
                             "若序号在别的列，请用 --map 指定(如 A=no)",
                             file=self.file, where=self.where(first, self.i_no))
        if not raw:
            raise InputError("表头下没有任务行", file=self.file, where=self.where(self.prop.header_row))
        _mixed_numerals(raw, self.file, self.where, self.i_no)
        return raw

    def _marked(self, r: int, cells: list[str], mark: str, raw: list[dict]) -> None:
        """A row the user marked: a task (numbered after the one above when it has no number), a
        section heading, a continuation of the task above, or not part of the list."""
        if mark == "section":
            text = cells[self.i_text] or next((c for c in cells if c), "")
            no = cells[self.i_no] if self.i_no is not None else ""
            self._new_section(f"{no} {text}".strip() if no and text and no not in text else text)
        elif mark == "continue" and raw:
            _continue_task(raw[-1], cells, self.cols, r)
        elif mark == "task":
            no, text = self._number_and_text(cells, len(raw))
            if not no:
                last = raw[-1]["no"] if raw else "0"
                no = str(int(last) + 1) if last.isdigit() else str(len(raw) + 1)
            raw.append(self._task_row(r, cells, no, text))

    def _is_repeated_header(self, cells: list[str]) -> bool:
        """The header printed again on every page."""
        text = cells[self.i_text]
        return bool(text) and len(text) <= 24 and R.clean(text) == self.header_cells[self.i_text] and \
            [R.clean(c) for c in cells] == self.header_cells

    def _skip_or_section(self, r: int, cells: list[str], distinct: set[str]) -> bool:
        """The rare rows of one or two values: notes, sections, "一 | 经济发展". True when used up."""
        no = cells[self.i_no] if self.i_no is not None else ""
        text = cells[self.i_text]
        filled = [c for c in cells if c]
        if len(distinct) == 1 and _NOTE_ROW.match(filled[0]):
            return True
        if len(distinct) == 1 and not TASK_NO.match(no or "x") and \
                (_SECTION.match(filled[0]) or r in self.wide and len(filled[0]) <= 40):
            return self._new_section(filled[0])  # 一、经济发展; a merged row naming a group
        numeral = _SECTION_NUMERAL.match(no) if no else None
        if numeral and not self._numbers_tasks(r, no):  # the numeral in 序号, the name beside it
            return self._new_section(f"{numeral.group(1)}、{text}" if text else no)
        if not no and text and len(distinct) == 1 and _SECTION.match(text):
            return self._new_section(text)
        return False

    def _numbers_tasks(self, r: int, no: str) -> bool:
        """True when the row above or below is numbered the same way (（一） then （二）): the list
        numbers its tasks with numerals, and a row of a numeral and its words alone is a task."""
        if self.i_no is None:
            return False
        body = range(self.prop.first_body_row, r)
        prev = next((self.rows[k] for k in reversed(body) if any(self.rows[k])), None)
        nxt = next((row for row in self.rows[r + 1:] if any(row)), None)
        style = _number_style(no)
        return any(row is not None and _number_style(row[self.i_no]) == style for row in (prev, nxt))

    def _heading_row(self, r: int, cells: list[str]) -> bool:
        """A row without a task number that names the tasks under it: a short phrase (in 序号 or
        in the task column, a leader beside it at most) right above a numbered task, or a numeral
        in 序号 with no unit and no progress of its own (一、 over tasks numbered 1, 2 or （一）).
        True when it was read as a section."""
        if self.i_no is None or cells[self.i_no].isdigit():  # the common case: a numbered task
            return False
        no, text = cells[self.i_no], cells[self.i_text]
        if TASK_NO.match(_unmarked(no.translate(_FULL_WIDTH))) or _DOTTED_NO.match(no) or _PART_NO.match(no):
            return False
        leader = cells[self.cols["leader"]] if "leader" in self.cols else ""
        own = [i for i, c in enumerate(cells) if c and i not in (self.i_no, self.i_text, self.cols.get("leader"))]
        nxt = next((row for row in self.rows[r + 1:] if any(row)), None)
        below = _number_style(nxt[self.i_no]) if nxt is not None else None
        numeral = _SECTION_NUMERAL.match(no) if no else None
        if numeral and text and below not in (None, _number_style(no)) and \
                not any(cells[i] for i in own if i in self.entry_or_unit):
            return self._new_section(f"{numeral.group(1)}、{text}", leader)
        phrase = no if no and not text else text if not no else ""
        if r in self.wide and below is not None and not own and 0 < len(phrase) <= 100 and \
                not _NOTE_ROW.match(phrase):
            return self._new_section(phrase, leader)  # a heading merged across the table
        if own or below is None or not phrase or len(phrase) > 40 or _HEADING_STOP.search(phrase) or \
                _LIST_START.match(phrase) or _names_units(phrase):
            return False
        return self._new_section(phrase, leader)

    def _new_section(self, name: str, leader: str = "") -> bool:
        """A heading over the tasks under it; a leader it names ("（一）王宏副市长牵头重点工作") or
        written beside it leads them."""
        m = _HEADING_LEADER.match(re.sub(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*", "", name))
        self.section, self.sections = name, self.sections + 1
        self.section_leader = leader or (m.group(1) if m else "")
        return True

    def _number_and_text(self, cells: list[str], count: int) -> tuple[str, str]:
        """序号 and task text; without a 序号 column the number may lead the text ("1." "（1）")."""
        text = cells[self.i_text]
        if self.i_no is not None:
            return cells[self.i_no], text
        m = _LEADING_NO.match(text)
        if not m:
            return str(count + 1), text
        return m.group(1) or m.group(2), text[m.end():]

    def _task_row(self, r: int, cells: list[str], no: str, text: str) -> dict:
        written = no
        if not no.isascii():
            no = no.translate(_FULL_WIDTH)  # full-width １ is 1 (① and ² stay refused)
        no = _unmarked(no)  # "9*": a task the list marks (a key task, a new one)
        m = TASK_NO.match(no) or _DOTTED_NO.match(no)
        number, numeral = (m.group(1) if m else ""), False
        if not m and (cn := _SECTION_NUMERAL.match(no)):  # 一 二 三 numbering every task
            number, numeral = str(cn_number(cn.group(1))), True
        elif not m and (part := _PART_NO.match(no)):  # （一）1: task 1 of part 一
            number = part.group(2)
            if _numeral(self.section) != part.group(1):
                self._new_section(f"（{part.group(1)}）")
        if not number:
            raise InputError(f"序号“{written}”不是数字", file=self.file, where=self.where(r, self.i_no))
        if not text:
            raise InputError(f"任务 {number} 缺少任务内容", file=self.file, where=self.where(r, self.i_text))
        if self.group is not None and cells[self.group] and cells[self.group] != self.section:
            self._new_section(cells[self.group])
        for i in self.wrapped:
            cells[i] = _unwrap(cells[i])
        if self.wrapped:
            text = _unwrap(text)
        if self.section_leader and not cells[self.cols.get("leader", self.width + 1)]:
            cells[self.cols.get("leader", self.width + 1)] = self.section_leader
        return {"no": number, "row": r, "cells": cells, "text": text, "section": self.section,
                "sec": self.sections, "sub": bool(_SUB_NO.match(no)), "written": written, "numeral": numeral}

    def _add(self, table: ImportedTable, item: dict) -> None:
        cells, width = item["cells"], self.width
        # a role the table lacks reads the empty cell past each row's end
        get = {role: self.cols.get(role, width) for role in (
            "lead", "coop", "target", "deadline", "status", "progress", "plan", "reason", "rank",
            "indicator", "note")}
        if not self.note_with_entry:
            get["note"] = width
        lead, coop = _units(cells[get["lead"]], cells[get["coop"]], self.prop.lead_rule)
        table.tasks.append(Task(
            no=item["no"], text=item["text"], section=item["section"], lead_units=lead,
            coop_units=coop, target=cells[get["target"]], deadline=cells[get["deadline"]],
            extra={k: (R.people(cells[i]) if k == "leader" else cells[i]) for k, i in self.extras if cells[i]}))
        if not self.has_entries:
            return
        status = _status_word(cells[get["status"]])
        if status and (len(status) > STATUS_MAX_CHARS or _SENTENCE.search(status)):
            raise InputError(status_problem(status) or status, file=self.file,
                             where=self.where(item["row"], self.cols["status"]))
        progress, next_steps, reason = cells[get["progress"]], cells[get["plan"]], cells[get["reason"]]
        if status or progress or next_steps or reason:
            table.entries[item["no"]] = Entry(
                status=status or None, progress=progress, next_steps=next_steps, reason=reason, rank=cells[get["rank"]],
                indicator=_float(cells[get["indicator"]]), comment=cells[get["note"]])


_LIST_START = re.compile(r"^\s*(?:\d{1,2}\s*[.．、)）](?!\d)|[（(][\d一二三四五六七八九十]{1,3}[）)]|"
                         r"[一二三四五六七八九十]是|[①-⑳•·\-－])")
_CLAUSE_END = tuple("。；;！!？?：:")


def _unwrap(text: str) -> str:
    """"增速居\n全省第6位。" -> one line; "1.…。\n2.…" keeps its lines."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = lines[0]
    for line in lines[1:]:
        soft = out and line and not out.endswith(_CLAUSE_END) and not _LIST_START.match(line)
        out += line if soft else "\n" + line
    return out


def _numeral(section: str) -> str:
    m = re.match(r"^[（(]?([一二三四五六七八九十]+)", section)
    return m.group(1) if m else ""


def _mixed_numerals(raw: list[dict], file: str, where, i_no) -> None:
    """Tasks numbered 一 二 三 read as 1 2 3; a row numbered 一 among tasks numbered 1 2 3 with a
    unit or progress of its own is a heading or a task: a guess either way, so it is refused."""
    numerals = [it for it in raw if it["numeral"]]
    if numerals and len(numerals) < len(raw):
        it = numerals[0]
        raise InputError(f"序号“{it['written']}”是中文数字，而其他任务用阿拉伯数字编号；这一行还填了单位或进展，"
                         "无法确定它是分组标题还是一项任务，没有导入。若是分组标题，请只保留序号和标题；"
                         "若是任务，请改用阿拉伯数字编号", file=file, where=where(it["row"], i_no))


_MARKS = "*＊★☆▲△※#＃"
# "王宏副市长牵头重点工作": the heading names the leader of its tasks
_HEADING_LEADER = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:常务)?(?:副)?(?:省长|市长|县长|区长|秘书长)"
                             r"(?:牵头|负责|领办)")
# a heading may hold a comma (聚焦增强发展优势，着力做实项目投资); it ends no sentence and holds no list
_HEADING_STOP = re.compile(r"[。；;：:！？]|[，,、]$")


def _names_units(phrase: str) -> bool:
    """"县发改委负责", "市财政局牵头": a line naming the units of the task above, not a heading."""
    return R.looks_like_units(re.sub(r"(牵头)?(负责|落实|配合)$|牵头$", "", phrase))


def _number_style(no: str) -> str | None:
    """How a task number is written: "1" (also 1*, 2.3), "（一）", "一", or None for no number."""
    no = _unmarked(no.strip().translate(_FULL_WIDTH))
    if TASK_NO.match(no) or _DOTTED_NO.match(no) or _PART_NO.match(no):
        return "1"
    if _SECTION_NUMERAL.match(no):
        return "（一）" if no[0] in "（(" else "一"
    return None


def _unmarked(no: str) -> str:
    """A number without the marks lists put beside it: "9*", "★12"."""
    return no.strip(_MARKS).strip() if no and (no[0] in _MARKS or no[-1] in _MARKS) else no


def _fill_down(rows, grid: Grid, body: int, cols: set[int]) -> None:
    """Give every row of a vertically merged unit/leader/deadline cell the merged value."""
    for r0, c0, r1, _c1 in grid.merges:
        if r1 > r0 and r0 >= body and c0 in cols:
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                if not rows[r][c0]:
                    rows[r][c0] = rows[r0][c0]


def _continue_task(item: dict, cells: list[str], cols: dict[str, int], r: int) -> None:
    for role in ("text", "progress", "plan", "reason", "lead", "coop"):
        i = cols.get(role)
        if i is None or not cells[i] or cells[i] == item["cells"][i]:
            continue
        joiner = "、" if role in ("lead", "coop") else "\n"
        item["cells"][i] = f"{item['cells'][i]}{joiner}{cells[i]}" if item["cells"][i] else cells[i]
        if role == "text":
            item["text"] = item["cells"][i]


def _under_table(cells: list[str], distinct: set[str], merged_across: bool, i_text: int) -> bool:
    """A row under the table that is not a task: a note (merged across, or in a column other than
    the task text, or starting 注：), a signature line, a total."""
    first = next(i for i, c in enumerate(cells) if c)
    if _TOTALS.match(cells[first]) or all(_FOOTER.match(c) for c in distinct):
        return True
    return len(distinct) == 1 and (merged_across or first != i_text or bool(_NOTE_ROW.match(cells[first])))


def _last_numbered(rows, body: int, i_no: int | None) -> int:
    """The last row of the table proper; what follows without a number is a note under it."""
    for r in range(len(rows) - 1, body - 1, -1):
        cells = rows[r]
        if i_no is not None:
            no = _unmarked(cells[i_no].strip())
            if no and (TASK_NO.match(no) or _DOTTED_NO.match(no) or _PART_NO.match(no) or (
                    _SECTION_NUMERAL.match(no) and len({c for c in cells if c}) >= 3)):
                return r
        elif len({c for c in cells if c.strip()}) >= 2:
            return r
    return len(rows)


def _is_empty_beside(item: dict, cols: dict[str, int]) -> bool:
    """True when a numbered row holds nothing but its number and its words (a sub-heading)."""
    return not any(item["cells"][i] for role, i in cols.items() if role not in ("no", "text"))


def _sub_items(raw: list[dict], cols: dict[str, int], file: str, where, i_no) -> list[dict]:
    """Rows numbered （1）（2） under a row numbered 1: a sub-heading and its tasks (1.1, 1.2) when
    row 1 holds nothing else; otherwise a task with sub-items, which cannot be read for sure."""
    if not any(it["sub"] for it in raw) or all(it["sub"] for it in raw):
        return raw
    out: list[dict] = []
    parent = None
    for it in raw:
        if not it["sub"]:
            parent = it
            out.append(it)
            continue
        if parent is None:
            out.append(it)
            continue
        if not _is_empty_beside(parent, cols):
            raise InputError(
                f"序号“{it['written']}”紧跟在第 {parent['no']} 项之后，像是第 {parent['no']} 项的子项，"
                f"而第 {parent['no']} 项本身也填了单位或进展；无法确定它们是独立的任务还是第 {parent['no']} 项的"
                "组成部分，没有导入。若是独立任务，请改为连续编号或 1.1、1.2 这样的编号；"
                f"若是第 {parent['no']} 项的内容，请并入该项",
                file=file, where=where(it["row"], i_no))
        if out and out[-1] is parent:
            out.pop()  # the parent is a heading over its sub-items
        it["section"] = f"{parent['no']}、{parent['text']}"
        it["no"] = f"{parent['no']}.{it['no']}"
        it["sec"] = parent["sec"]
        out.append(it)
    return out


def _number(raw: list[dict], file: str, where, i_no) -> None:
    """Refuse numbers that repeat or go backwards; numbering that restarts in each section is
    kept by prefixing the section's place (2.3 is the third task of the second section)."""
    for it in raw:  # 1-2 and 1．2 are 1.2; 01 is 1
        no = it["no"]
        if not (no.isascii() and no.isdigit() and no[0] != "0"):  # the common case needs nothing
            it["no"] = ".".join(str(int(p)) for p in re.split(r"[.．\-－]", no))
    nums = [tuple(int(p) for p in it["no"].split(".")) for it in raw]
    restarts = [k for k in range(1, len(nums)) if nums[k] <= nums[k - 1]]
    if restarts and all(raw[k]["sec"] != raw[k - 1]["sec"] and nums[k] == (1,) for k in restarts):
        for it in raw:
            it["no"] = f"{it['sec']}.{it['no']}"
        return
    seen: dict[str, int] = {}
    for k, it in enumerate(raw):
        if it["no"] in seen:
            raise InputError(f"序号 {it['no']} 重复(第 {seen[it['no']] + 1} 行已有)", file=file,
                             where=where(it["row"], i_no))
        if k and nums[k] < nums[k - 1]:
            raise InputError(f"序号从 {raw[k - 1]['no']} 倒退到 {it['no']}，可能读错了序号列或表格被拼接",
                             file=file, where=where(it["row"], i_no))
        seen[it["no"]] = it["row"]


def _labelled_units(cell: str) -> tuple[list[str], list[str]] | None:
    """"牵头单位：A；配合单位：B" -> ([A], [B]); 责任单位 leads unless a 牵头 label is there too."""
    parts = _UNIT_LABEL.split(cell)
    if len(parts) < 3:
        return None
    pairs = [(label, value.strip(_UNIT_TRIM)) for label, value in zip(parts[1::2], parts[2::2], strict=True)]
    named_lead = any(label.startswith(("牵头", "主办", "主责")) for label, _ in pairs)
    leads = [head] if (head := parts[0].strip(_UNIT_TRIM)) else []
    coops: list[str] = []
    for label, value in pairs:
        lead = label.startswith(("牵头", "主办", "主责")) or (label.startswith("责任") and not named_lead)
        if value:
            (leads if lead else coops).append(value)
    return leads, coops


_ETC = re.compile(r"\s*(?:等(?:有关|相关)?(?:单位|部门)?|按职责分工?(?:负责|落实)|(?:配合|参与)(?:落实)?)[。.；;]?$")
_ETC_LAST = set("等责实合与位门。.；;")  # the last characters _ETC can end with
_DUTY_CELL = re.compile(r"[^（(【\[〔\s]\s*牵头\s*(?:[，,；;]|$)")  # "A牵头，B配合", not "A（牵头）"
_LEVEL_PREFIX = re.compile(r"^(省|市|县|区|州|旗|镇|乡)(?=[\u4e00-\u9fff]{2})")
_NO_PREFIX = re.compile(r"^(各|全|国|中|人行|省|市|县|区|州|旗|镇|乡|街道|社区|村)")
_SHORT_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,5}(局|委|办|厅|署)$")


def _shared_prefix(cell: str) -> str:
    """"市发改委、财政局": two units sharing one prefix -> "市发改委、市财政局"."""
    names = cell.split("、")
    m = _LEVEL_PREFIX.match(names[0]) if len(names) > 1 else None
    if not m:
        return cell
    return "、".join([names[0]] + [m.group(1) + n if _SHORT_UNIT.match(n) and not _NO_PREFIX.match(n) else n
                                   for n in names[1:]])


def _units(lead: str, coop: str, rule: str) -> tuple[list[str], list[str]]:
    """A unit cell read by the lists' rules: labelled parts, marked leads, "A牵头，B配合", or the
    first listed leads."""
    if lead and lead[-1] in _ETC_LAST:  # "市发改委、市税务局等": the units named
        lead = _ETC.sub("", lead)
    if coop and coop[-1] in _ETC_LAST:
        coop = _ETC.sub("", coop)
    if "牵头" in lead and _DUTY_CELL.search(lead):
        duty = split_duty(lead)
        lead = duty.get("牵头单位", "")
        coop = "、".join(c for c in (duty.get("配合单位", ""), coop) if c)
    if "、" in lead:
        lead = _shared_prefix(lead)
    if "、" in coop:
        coop = _shared_prefix(coop)
    labelled = _labelled_units(lead) if lead and ("：" in lead or ":" in lead) else None
    if labelled:
        return labelled[0], labelled[1] + ([coop] if coop else [])
    if lead and _LEAD_MARK.search(lead):
        leads: list[str] = []
        coops: list[str] = []
        for name in split_names(lead):
            (leads if _LEAD_MARK.search(name) else coops).append(_LEAD_MARK.sub("", name))
        return leads, coops + ([coop] if coop else [])
    if lead and rule == "first":
        names = split_names(lead)
        if len(names) > 1:
            return names[:1], names[1:] + ([coop] if coop else [])
    return ([lead] if lead else []), ([coop] if coop else [])


_SENTENCE = re.compile(r"[，。,;；：:、！!？?\n]")
STATUS_MAX_CHARS = 8


@functools.lru_cache(maxsize=256)  # a list repeats a few words on every row
def _status_word(value: str) -> str:
    """"序时\n推进" wrapped in a narrow column, "【未达预期】": the word; a sentence stays as written."""
    word = re.sub(r"\s+", "", value).strip("【】[]")
    return word if word and len(word) <= STATUS_MAX_CHARS and not _SENTENCE.search(word) else value


def status_problem(value: str) -> str | None:
    """Why a 工作评价 cell is not a status word (a sentence in a 完成情况 column), or None."""
    if value and (len(value) > STATUS_MAX_CHARS or _SENTENCE.search(value)):
        return (f"“{value[:20]}…”不是工作评价(应为 已完成、序时推进、未达预期 等)；"
                "如该列是进展文字，请把列名改为“进展情况”或用 --map 指定(如 E=progress)")
    return None


def _sanity(table: ImportedTable, raw, cols, file: str, where, body_rows: int) -> None:
    tasks = table.tasks
    total = sum(len(t.text) for t in tasks)
    biggest = max(tasks, key=lambda t: len(t.text))
    if len(tasks) >= 3 and len(biggest.text) > 0.6 * total:
        raise InputError(f"第 {biggest.no} 项的任务内容占全部文字的 {100 * len(biggest.text) // total}%，"
                         "可能多项任务被并成了一项；请检查序号列和表格的合并单元格", file=file)
    if "lead" in cols and len(tasks) >= 4:
        without = sum(1 for t in tasks if not t.lead_units)
        if without > len(tasks) / 2:
            raise InputError(f"{len(tasks)} 项任务中 {without} 项没有牵头单位，可能认错了单位列；"
                             "请用 --map 指定(如 C=lead)或在导入预览中更正", file=file,
                             where=where(raw[0]["row"], cols["lead"]))


def _float(value: str) -> float | None:
    try:
        v = float(value.rstrip("%")) if value else None
    except ValueError:
        return None
    return v if v is None or v == v and abs(v) != float("inf") else None
