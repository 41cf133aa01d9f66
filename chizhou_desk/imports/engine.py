"""The import engine: a proposal (header row, a role per column, period and year, each with where it
came from) for a grid, then the table it gives, checked for the signs of a misread.

A confident proposal imports; an unsure one is refused with what was found and how to settle it
(--map, --header-row, --period on the command line; the preview dialog in the window). Settled
roles are remembered per layout, keyed by the header's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import ImportedTable, Plan, default_plan_title
from chizhou_desk.errors import InputError
from chizhou_desk.imports import roles as R
from chizhou_desk.imports.grid import Grid
from chizhou_desk.imports.plan_title import plan_title
from chizhou_desk.imports.table import TASK_NO, build_table, col_index, col_letter, status_problem  # noqa: F401  (the engine's public surface)

HEADER_SCAN_ROWS = 30
_FIRST_LEADS = re.compile(r"首位|第一位|排首|列首|排名第一|第一个")  # 责任单位（排首位的为牵头单位）
# "2025年", and "2021上半年" / "2024一季度" written without 年
_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*(?:年|(?=上半年|下半年|[一二三四1-4]季度|第[一二三四]季度|前三季度|全年))")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,4}[〔\[［(（](20\d{2})[〕\]］)）]\s*\d+\s*号")
_BOOK_TITLE = re.compile(r"《((20\d{2})年[^》]*清单)》")
_PUBLISHER = re.compile(r"发布机构[:：]\s*\|\s*([^|]+?)\s*\|")
_CITY = re.compile(r"^([\u4e00-\u9fff]{2,3}?)市")
_NOT_A_PERIOD = re.compile(r"填报|日期|制表|打印|印发|发布")
_YEAR_END = re.compile(r"完成情况|总结|年终")  # a 年度 title that reports on the whole year
_MONTHS = re.compile(r"\d{1,2}\s*月|[一二三四]季度|上半年|下半年|前三季度|目前|当前")
ROLE_ALIASES = {"task": "text", "number": "no", "unit": "lead", "units": "lead", "co": "coop",
                "comment": "note", "next": "plan", "remark": "note"}


@dataclass
class Column:
    index: int
    header: str
    role: str
    score: float  # 0..1
    why: str  # where the role came from, shown to the user

    @property
    def sure(self) -> bool:
        return self.score >= 0.7 or self.role in ("ignore", "extra")


@dataclass
class Proposal:
    """What the engine read a grid as; every choice can be changed and the table rebuilt."""

    grids: list[Grid]
    sheet: int
    header_row: int  # 0-based index of the (first) header row
    header_rows: int  # 1, or 2 for a header over two rows
    columns: list[Column]
    year: int | None = None
    year_source: str = ""
    period_key: str | None = None
    period_source: str = ""
    lead_rule: str = "all"  # "first": a single 责任单位 column; the first unit listed leads
    group: int | None = None  # a column naming groups of tasks (重点工作 over 具体任务): their section
    end_row: int | None = None  # where a second table under this one begins: the body ends there
    other_tables: list[int] = field(default_factory=list)  # header rows of the sheet's other tables
    # what the user must choose before anything imports (the preview asks): the sheets that each
    # look like the list, the header rows of the sheet's tables; empty once chosen
    sheet_choice: list[int] = field(default_factory=list)
    table_choice: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why the proposal is not confident
    plan: Plan | None = None
    user_settled: bool = False  # the user chose or confirmed it: remembered for the layout
    # the preview's row marks (imports.corrections): grid row -> task | section | continue | skip;
    # once the user has corrected anything, the table's plausibility checks warn instead of refusing
    row_marks: dict[int, str] = field(default_factory=dict)
    user_checked: bool = False

    @property
    def grid(self) -> Grid:
        return self.grids[self.sheet]

    @property
    def first_body_row(self) -> int:
        return self.header_row + self.header_rows

    def col(self, role: str) -> int | None:
        return next((c.index for c in self.columns if c.role == role), None)

    @property
    def signature(self) -> str:
        return layout_signature([c.header for c in self.columns])

    @property
    def confident(self) -> bool:
        return not self.problems

    def roles(self) -> dict[int, str]:
        return {c.index: c.role for c in self.columns}


def layout_signature(headers: list[str]) -> str:
    """A layout's key: the header's words, in order, without spaces or line breaks."""
    return "|".join(R.clean(h) for h in headers)


def parse_map(text: str, width: int) -> dict[int, str]:
    """--map "B=task,C=lead,E=progress" -> {1: 'text', 2: 'lead', 4: 'progress'}."""
    out: dict[int, str] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,，;；]", text or ""))):
        if "=" not in part:
            raise InputError(f"--map 的写法应为 列字母=角色(如 B=task)：{part!r}")
        letters, role = (s.strip() for s in part.split("=", 1))
        role = ROLE_ALIASES.get(role.lower(), role.lower())
        if role not in R.ROLES:
            raise InputError(f"--map: 未知的角色 {role!r}(可选：task、{'、'.join(k for k in R.ROLES if k != 'text')})")
        try:
            i = col_index(letters)
        except ValueError:
            raise InputError(f"--map: 列应写作字母(如 B)：{letters!r}") from None
        if i >= width:
            raise InputError(f"--map: 表格只有 {width} 列，没有 {letters.upper()} 列")
        out[i] = role
    return out


# --- proposing --------------------------------------------------------------------------------

def propose(grids: list[Grid], path: Path, *, sheet: int | None = None, header_row: int | None = None,
            mapping: dict[int, str] | None = None, period: str | None = None,
            remembered: dict[str, dict] | None = None) -> Proposal:
    """The engine's reading of a file's grids; the keyword arguments settle what the user chose."""
    problems: list[str] = []
    sheet, twins, rivals = _choose_sheet(grids, sheet, path, problems)
    grid = grids[sheet]
    given_header = header_row is not None
    header_row, header_rows = _choose_header(grid, header_row, remembered or {}, path, problems)
    others = _other_tables(grid, header_row, given_header, problems)
    end_row = next((r for r in others if r > header_row), None)
    labels = _labels(grid, header_row, header_rows)
    columns, lead_rule = _assign(grid, labels, header_row + header_rows, end_row)
    _merged_parts(grid, columns, header_row, header_rows)
    group = _group_column(grid, columns, header_row + header_rows)
    memory = (remembered or {}).get(layout_signature(labels))
    if memory and not mapping:
        for c in columns:
            role = memory.get("roles", {}).get(str(c.index))
            if role in R.ROLES:
                c.role, c.score, c.why = role, 1.0, "上次导入同样表头时的设置"
        lead_rule = memory.get("lead_rule", lead_rule)
    if mapping:
        _apply_mapping(columns, mapping)
        lead_rule = _lead_rule(columns)
    if twins:
        problems.append(f"有 {len(twins)} 个工作表({'、'.join(f'“{n}”' for n in twins)})的表头相同，"
                        "清单可能分在几个工作表里，只读一个会漏掉其余任务；请把它们合并到一个工作表后导入，"
                        "或确认只导入其中一个(--sheet 名称)")
    prop = Proposal(grids, sheet, header_row, header_rows, columns, lead_rule=lead_rule, problems=problems,
                    user_settled=bool(mapping) or given_header, group=group, end_row=end_row,
                    other_tables=others)
    if twins or rivals:
        prop.sheet_choice = [i for i, g in enumerate(grids) if g.name in {grids[sheet].name, *twins, *rivals}]
    if others and not given_header:
        prop.table_choice = sorted({header_row, *others})
    if mapping and "text" in mapping.values():  # the user named the columns: the header row stands
        problems[:] = [p for p in problems if not p.startswith("没有认出表头行")]
    problems += _text_problems(prop)
    _year_and_period(prop, path, period)
    return prop


def _choose_sheet(grids: list[Grid], sheet: int | None, path: Path,
                  problems: list[str]) -> tuple[int, list[str], list[str]]:
    twins: list[str] = []
    rivals: list[str] = []
    if sheet is None:
        sheet, twins, rivals = _best_sheet(grids)
        if rivals:
            kind = "工作表" if grids[sheet].kind == "sheet" else "表格"
            names = "、".join(f"“{n}”" for n in [grids[sheet].name, *rivals])
            problems.append(f"有几个{kind}({names})都像清单而表头不同，只导入“{grids[sheet].name}”会漏掉其余的；"
                            f"请用 --sheet 指定要导入的{kind}(名称或序号)")
    if not 0 <= sheet < len(grids):
        raise InputError(f"没有第 {sheet + 1} 个工作表", file=str(path))
    return sheet, twins, rivals


def _choose_header(grid: Grid, header_row: int | None, remembered: dict[str, dict], path: Path,
                   problems: list[str]) -> tuple[int, int]:
    """(first header row, depth): the user's, a remembered layout's, or the best-scoring row."""
    if header_row is None and remembered:
        header_row = _remembered_header(grid, remembered)
    if header_row is None:
        found = _find_header(grid.rows)
        if found is None:
            header_row = _first_filled(grid.rows)
            problems.append("没有认出表头行(没有“序号”“重点工作任务”“牵头单位”等列名)")
        else:
            header_row = found
    elif not 0 <= header_row < len(grid.rows):
        raise InputError(f"表头行 {header_row + 1} 超出表格范围(共 {len(grid.rows)} 行)", file=str(path))
    depth = _header_depth(grid, header_row)
    for d in (1, 2):  # a remembered layout knows how deep its header is
        if remembered and header_row + d <= len(grid.rows) and \
                layout_signature(_labels(grid, header_row, d)) in remembered:
            depth = d
    return header_row, depth


def _table_headers(grid: Grid) -> list[int]:
    """Rows that read as a table's header: after a blank or title row (or first), not numbered."""
    out = []
    sparse = True
    for r, row in enumerate(grid.rows):
        filled = len(row) - row.count("")  # counted in C: this runs over every row
        if sparse and filled >= 2 and not any(TASK_NO.match(c) for c in row[:2] if c) and \
                _row_score(row) > HEADER_SCORE:
            out.append(r)
        sparse = filled <= 1
    return out


def _other_tables(grid: Grid, header_row: int, given: bool, problems: list[str]) -> list[int]:
    """Two tables in one sheet (a list and an 附表 under it): the one to read is the user's choice;
    the chosen table's body ends where the next table's header is. The header printed again on
    a new page is not another table."""
    own = layout_signature(grid.rows[header_row])
    others = [r for r in _table_headers(grid) if r != header_row and layout_signature(grid.rows[r]) != own]
    if others and not given:
        rows = "、".join(f"第 {r + 1} 行" for r in sorted({header_row, *others}))
        problems.append(f"工作表中有不止一张表({rows}都是表头)，只导入一张会漏掉其余的；"
                        "请用 --header-row 指定要导入的那张表的表头行(其余的表不导入)")
    return others


def _apply_mapping(columns: list[Column], mapping: dict[int, str]) -> None:
    """The user's roles; a column that held one of them before gives it up."""
    for i, role in mapping.items():
        for c in columns:
            if c.role == role and role in R.SINGLE and c.index != i:
                c.role, c.score, c.why = "extra" if c.header else "ignore", 1.0, f"已改为 {col_letter(i)} 列"
        columns[i].role, columns[i].score, columns[i].why = role, 1.0, "用户指定"


def _lead_rule(columns: list[Column]) -> str:
    """"first" when a single unit column that does not say 牵头 lists several units: the first leads."""
    lead = next((c for c in columns if c.role == "lead"), None)
    if lead is None or any(c.role == "coop" for c in columns):
        return "all"
    named = "牵头" in lead.header or "主办" in lead.header
    return "first" if not named or _FIRST_LEADS.search(lead.header) else "all"


def _text_problems(prop: Proposal) -> list[str]:
    i = prop.col("text")
    if i is None:
        return ["没有认出任务内容列"]
    text = prop.columns[i]
    if not text.sure:
        return [f"{col_letter(text.index)} 列({text.header or '无列名'})是否为任务内容，只是从内容推测"]
    return []


def _remembered_header(grid: Grid, remembered: dict[str, dict]) -> int | None:
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        for depth in (1, 2):
            if r + depth <= len(grid.rows) and layout_signature(_labels(grid, r, depth)) in remembered:
                return r
    return None


def _best_sheet(grids: list[Grid]) -> tuple[int, list[str], list[str]]:
    """The sheet whose header reads best, the names of the sheets with the same header (a list
    split over several sheets: reading one alone would import part of it), and of the sheets
    holding another list (重点工作 and 民生实事: which to import is the user's choice)."""
    best, best_score = 0, -1.0
    headers: dict[int, str] = {}
    for i, g in enumerate(grids):
        if not any(any(c for c in row) for row in g.rows):
            continue
        h = _find_header(g.rows)
        score = _row_score(g.rows[h]) if h is not None else 0.1
        if h is not None:
            headers[i] = layout_signature(g.rows[h])
        if score > best_score:
            best, best_score = i, score
    if best not in headers:
        return best, [], []
    twins = [grids[i].name for i, sig in headers.items() if sig == headers[best]]
    rivals = [grids[i].name for i, sig in headers.items() if sig != headers[best]]
    return best, twins if len(twins) > 1 and grids[best].kind == "sheet" else [], rivals


def _row_score(row: list[str]) -> float:
    """How much a row reads as a header; a sentence cut at its commas (a notice's "各牵头单位要统筹
    落实任务事项,制定工作推进方案,…") is not one: column names do not end a sentence."""
    roles: dict[str, float] = {}
    if any(cell.endswith(_SENTENCE_END) for cell in row if cell):
        return 0.0
    for cell in row:
        if not cell or len(cell) > 24 and len(R.without_note(cell)) > 24:  # 任务(本市2项牵头工作): a note
            continue
        for role, s in R.header_scores(cell).items():
            if role != "extra":
                roles[role] = max(roles.get(role, 0), s)
    if not ({"text", "progress"} & roles.keys()):
        return 0.0
    return sum(roles.values()) if len(roles) >= 2 else 0.0


HEADER_SCORE = 1.4  # a row scoring above it reads as a header
_SENTENCE_END = ("。", "；", ";", "！", "？")


def _find_header(rows: list[list[str]]) -> int | None:
    best, best_score = None, HEADER_SCORE
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = _row_score(row)
        if score > best_score + 0.01:
            best, best_score = i, score
    return best


def _first_filled(rows) -> int:
    return next((i for i, row in enumerate(rows) if sum(1 for c in row if c) >= 2), 0)


def _header_depth(grid: Grid, h: int) -> int:
    """2 when the row under the header continues it (责任单位 over 牵头 | 配合, 1-5月 over 进展情况)."""
    if h + 1 >= len(grid.rows):
        return 1
    below = grid.rows[h + 1]
    filled = [c for c in below if c]
    if not filled or any(len(c) > 24 for c in filled):
        return 1
    if any(TASK_NO.match(c) for c in below[:2] if c):
        return 1
    spans_down = any(r0 == h and r1 > h for r0, _c0, r1, _c1 in grid.merges)
    spans_across = any(r0 == h and c1 > c0 for r0, c0, _r1, c1 in grid.merges)
    # a period under a merged 进展情况 (1-3月 | 1-6月) names its column as a word does
    named = sum(1 for c in filled if R.header_scores(c) or P.find_in_header(c))
    gaps = sum(1 for i, c in enumerate(below) if c and (i >= len(grid.rows[h]) or not grid.rows[h][i]))
    if (spans_down or spans_across or gaps) and named >= 1:
        return 2
    return 1


def _labels(grid: Grid, h: int, depth: int) -> list[str]:
    width = grid.width
    top = list(grid.rows[h]) + [""] * (width - len(grid.rows[h]))
    for r0, c0, _r1, c1 in grid.merges:  # a merged header cell names every column under it
        if r0 == h:
            for c in range(c0 + 1, min(c1, width - 1) + 1):
                top[c] = top[c] or top[c0]
    if depth == 1:
        return top
    low = list(grid.rows[h + 1]) + [""] * (width - len(grid.rows[h + 1]))
    return [t if not lo or lo == t else (lo if not t else f"{t}/{lo}") for t, lo in zip(top, low, strict=False)]


def _body(grid: Grid, start: int, col: int, limit: int = 300, end: int | None = None) -> list[str]:
    out = []
    for row in grid.rows[start:min(start + limit, end or len(grid.rows))]:
        out.append(row[col] if col < len(row) else "")
    return out


def _scores_for(label: str) -> dict[str, float]:
    if "/" in label:  # two header rows: the lower names the column, the pair may name a period
        top, low = label.split("/", 1)
        scores = R.header_scores(low)
        for role, s in R.header_scores(top + low).items():
            scores[role] = max(scores.get(role, 0), s)
        for role, s in R.header_scores(top).items():
            scores.setdefault(role, s * 0.9)
        return scores
    return R.header_scores(label)


def _assign(grid: Grid, labels: list[str], body_start: int, end: int | None = None) -> tuple[list[Column], str]:
    cells = [R.describe(_body(grid, body_start, i, end=end)) for i in range(len(labels))]
    candidates = [c for i, label in enumerate(labels) for c in _candidates(i, label, cells[i])]
    candidates.sort(key=lambda t: (-t[0], t[1]))
    taken: dict[str, int] = {}
    chosen: dict[int, Column] = {}
    named_lead = any("牵头" in R.clean(label) and R.header_scores(label.split("/")[-1]).get("lead", 0) >= 0.9
                     for label in labels)
    for score, i, role, why in candidates:
        if i in chosen:
            continue
        if role == "lead" and named_lead and "牵头" not in R.clean(labels[i]) and \
                R.header_scores(labels[i].split("/")[-1]).get("coop", 0) < 0.9:
            role = "coop"  # 责任单位 beside a 牵头单位 column, left or right of it, names the co-units
        elif role == "lead" and "lead" in taken and "牵头" not in R.clean(labels[i]):
            role = "coop"  # 牵头责任单位 and 责任单位 both: the second names co-units
        if role == "text" and "text" in taken and "目标" in labels[i]:
            role = "target"
        if role in R.SINGLE and role in taken:
            continue
        taken[role] = i
        chosen[i] = Column(i, labels[i], role, min(1.0, score), why)
    columns = [chosen.get(i) or (Column(i, label, "extra", 0.5, "未识别，按原列名保留为附加信息")
                                 if label or cells[i].filled else Column(i, label, "ignore", 1.0, "空列"))
               for i, label in enumerate(labels)]
    _status_in_notes(columns, cells)
    return columns, _lead_rule(columns)


def _status_in_notes(columns: list[Column], cells: list[R.Cells]) -> None:
    """A 备注 column of status words (序时推进, 滞后…) in a table without a status column is the status."""
    if any(c.role == "status" for c in columns) or not any(c.role == "progress" for c in columns):
        return
    for c in columns:
        if c.role == "note" and cells[c.index].filled and cells[c.index].known_statuses >= 0.8:
            c.role, c.score, c.why = "status", 0.9, f"列名“{R.clean(c.header)}”；内容均为评价用词"
            return


def _candidates(i: int, label: str, cells: R.Cells) -> list[tuple[float, int, str, str]]:
    """(score, column, role, why) for every role a column could hold."""
    hs = _scores_for(label)
    month = P.find_in_header(label.replace("/", "")) if "progress" in hs else None
    if month:  # a header naming its period is surely the progress; of several, the latest
        hs["progress"] = 0.95 + month / 400
    if "progress" in hs and "status" not in hs and cells.filled and cells.sentences < 0.2 and \
            cells.avg_len <= 8 and cells.known_statuses >= 0.6:  # 进展情况 over 序时推进, 滞后…
        why = "列名为进展，内容均为评价用词，判为评价"
        return [(0.85, i, "status", why), (hs["progress"] * 0.9, i, "progress", why)]
    if {"progress", "status"} <= hs.keys():  # 完成情况: the cells decide
        if cells.filled and cells.sentences < 0.2 and cells.avg_len <= 8:
            # short words: a status; still progress when a clearer progress column is taken
            why = "列名可作评价或进展，按内容(短词)判为评价"
            return [(0.9 if cells.statuses >= 0.6 else 0.75, i, "status", why), (0.6, i, "progress", why)]
        return [(0.9, i, "progress", "列名可作评价或进展，按内容(文字)判为进展")]
    cs = R.content_scores(cells)
    if hs:  # 1.0 at most once shown
        return [(s + 0.1 * cs.get(role, 0), i, role,
                 f"列名“{R.clean(label)}”" + (_extra_why(label) if role == "extra" else "")) for role, s in hs.items()]
    return [(s * 0.75, i, role, "按内容推测") for role, s in cs.items()]


def _merged_parts(grid: Grid, columns: list[Column], h: int, depth: int) -> None:
    """A column covered by a header merged across it (内容与要求 over B:C) whose body is empty or
    merged into the column left of it on every row is part of that column, not a column of its own."""
    body = h + depth
    for r0, c0, _r1, c1 in grid.merges:
        if r0 != h or c1 <= c0:
            continue
        for c in range(c0 + 1, min(c1, len(columns) - 1) + 1):
            col = columns[c]
            if col.role not in ("extra", "ignore") or columns[c0].role in ("extra", "ignore"):
                continue
            if not any(c < len(row) and row[c] for row in grid.rows[body:body + 300]):
                col.role, col.score, col.why = "ignore", 1.0, f"合并在 {col_letter(c0)} 列里"


def _extra_why(label: str) -> str:
    return "是进度计划，不是已做的进展，按原列名保留" if R.is_schedule(label) else "，按原列名保留为附加信息"


_GROUP_WORDS = ("类别", "分类", "类型", "领域", "方面", "板块", "篇章", "部分")  # a column naming task groups


def _group_column(grid: Grid, columns: list[Column], body: int) -> int | None:
    """Two columns named like task text (重点工作 | 具体任务): the one merged down or written once
    over several rows names a group, the one filled on every row holds the tasks."""
    text = next((c for c in columns if c.role == "text"), None)
    if text is None:
        return None
    others = [c for c in columns if c.role in ("extra", "target")
              and R.header_scores(c.header.split("/")[-1]).get("text", 0) >= 0.7
              or c.index < text.index and any(w in R.clean(c.header) for w in _GROUP_WORDS)]
    if not others:
        return None
    merged = {c0 for r0, c0, r1, c1 in grid.merges if r1 > r0 and r0 >= body and c1 == c0}

    def filled(i: int) -> int:
        return sum(1 for row in grid.rows[body:body + 300] if i < len(row) and row[i])

    def repeated(i: int) -> bool:  # 类别 written out on every row of its group
        values = [row[i] for row in grid.rows[body:body + 300] if i < len(row) and row[i]]
        return len(values) >= 2 and len(set(values)) <= len(values) / 2

    for other in others:
        if filled(text.index) < 0.75 * filled(other.index) or \
                (text.index in merged and other.index not in merged):
            # the chosen column is the group: swap roles
            other.role, other.score, other.why, text.role, text.why = (
                "text", text.score, f"列名“{R.clean(other.header)}”；每行都有内容，为具体任务", "extra",
                "合并或隔行填写，按任务分组读作分组标题")
            return text.index
        if other.index < text.index and (other.index in merged or filled(other.index) < 0.75 * filled(text.index)
                                         or repeated(other.index)):
            other.role, other.score, other.why = "extra", 1.0, "合并或隔行填写，按任务分组读作分组标题"
            return other.index
    return None


# --- year and period --------------------------------------------------------------------------

def _context_lines(prop: Proposal) -> list[str]:
    above = [c for row in prop.grid.rows[:prop.header_row] for c in row if c]
    return [*prop.grid.above, *above]


def _year_and_period(prop: Proposal, path: Path, period: str | None) -> None:
    lines = _context_lines(prop)
    text = "\n".join(lines)
    book, doc = _BOOK_TITLE.search(text), _DOC_NO.search(text)
    titled = [ln for ln in lines if not _NOT_A_PERIOD.search(ln)]
    year, source = _find_year(text, titled, book, doc, path)
    if not (book or doc) and prop.grid.before:
        year, source, book, doc = _from_report_text(prop.grid.before, year, source)
    key, key_source = None, ""
    if period:
        key, key_source = _given_period(period, year, source, path), "用户指定"
        if year is None:
            year, source = P.split_key(key)[0], "用户指定"
    prop.year, prop.year_source = year, source
    progress = prop.col("progress")
    if key is None and progress is not None and year is not None:
        key, key_source = _found_period(prop.columns[progress].header, titled, path, year)
    prop.period_key, prop.period_source = key, key_source
    if year is None:
        prop.problems.append("无法确定年份：标题、文号和文件名中都没有“20xx年”")
    prop.plan = _plan(lines, year, doc, book) if year is not None else None


def _find_year(text: str, titled: list[str], book, doc, path: Path) -> tuple[int | None, str]:
    """The list's year and where it was read, in order of trust."""
    if book:
        return int(book.group(2)), "从标题读取"
    m = next((_YEAR.search(ln) for ln in titled if _YEAR.search(ln)), None)
    if m:
        return int(m.group(1)), "从标题读取"
    if doc:
        return int(doc.group(1)), "从文号读取"
    m = _YEAR.search(path.stem) or _YEAR_IN_NAME.search(path.stem)
    if m:
        return int(m.group(1)), "从文件名读取"
    m = _YEAR.search(text) or re.search(r"(20\d{2})-\d{2}-\d{2}", text)
    if m:
        return int(m.group(1)), "从表格上方的日期读取"
    return None, ""


def _from_report_text(before: list[str], year: int | None, source: str):
    """A Word report names its list (《2025年…清单》) or its document number in the text above
    the tables: the year when the table's title has none, and the list's name and number."""
    far = "\n".join(before)
    book, doc = _BOOK_TITLE.search(far), _DOC_NO.search(far)
    found = book.group(2) if book else doc.group(1) if doc else None
    if found is None:
        return year, source, None, None
    far_year = int(found)
    if source == "从标题读取":  # the title's year stands; a name of another year is not this list's
        return (year, source, book, doc) if far_year == year else (year, source, None, None)
    return far_year, "从正文中的清单名称读取" if book else "从正文中的文号读取", book, doc


def _given_period(period: str, year: int | None, source: str, path: Path) -> str:
    """--period (or the preview's choice) read against the file's year."""
    try:
        key = P.parse(period, year)
    except InputError as exc:
        raise InputError(f"--period: {exc}", file=str(path)) from None
    if year is not None and P.split_key(key)[0] != year:
        raise InputError(f"期间 {key} 与清单年份 {year} 不符({source})", file=str(path))
    return key


def _found_period(header: str, titled: list[str], path: Path, year: int) -> tuple[str | None, str]:
    """The period named by the progress column's header, else the title, else the file name."""
    month = P.find_in_header(header.replace("/", ""))
    if month:
        return P.make_key(year, month), "从进展列的列名读取"
    month = next((m for m in map(_title_month, titled) if m), None)
    if month:
        return P.make_key(year, month), "从标题读取"
    month = _title_month(path.stem)
    if month:
        return P.make_key(year, month), "从文件名读取"
    return None, ""


def _title_month(line: str) -> int | None:
    if not line or _NOT_A_PERIOD.search(line):
        return None
    if "年度" in line and not _YEAR_END.search(line):  # "2025年度…清单": the list's year, not 1-12月份
        line = line.replace("年度", "年")
    month = P.find_in_header(line)
    if month is None and _YEAR_END.search(line) and _YEAR.search(line) and not _MONTHS.search(line):
        return 12  # "2023年重点工作完成情况": the year's report names only the year
    return month


def _plan(lines: list[str], year: int, doc, book) -> Plan:
    text = "\n".join(lines)
    pub = _PUBLISHER.search(text)
    city_m = _CITY.match(pub.group(1)) if pub else None
    if book:
        title = book.group(1)
    else:
        title = plan_title([ln for ln in lines if "|" not in ln], year) or default_plan_title(year)
    return Plan(year=year, title=title, doc_no=doc.group(0) if doc else "",
                city=city_m.group(1) if city_m else "")


# --- the table --------------------------------------------------------------------------------

def build(prop: Proposal, path: Path) -> ImportedTable:
    """The proposal applied: tasks and entries, or an error naming what looks misread."""
    if prop.year is None or prop.plan is None:
        raise InputError("无法确定年份：表头上方的标题、文号和文件名中都没有“20xx年”；"
                         "请用 --period 指定期间(如 2025-05)，其中含年份", file=str(path))
    if prop.col("text") is None:
        raise InputError(describe(prop), file=str(path))
    return build_table(prop, path)


# --- what to tell the user --------------------------------------------------------------------

def describe(prop: Proposal) -> str:
    """What the engine found and how to settle it, for a message or the --dry-run listing."""
    lines = []
    sheet = f"工作表“{prop.grid.name}”" if prop.grid.kind == "sheet" else "表格"
    rows = f"第 {prop.header_row + 1} 行" + (f"、第 {prop.header_row + 2} 行" if prop.header_rows == 2 else "")
    lines.append(f"{sheet}取{rows}为表头；各列：")
    for c in prop.columns:
        if c.role == "ignore" and not c.header:
            continue
        mark = "" if c.sure else "(不确定)"
        lines.append(f"  {col_letter(c.index)} 列“{R.clean(c.header) or '无列名'}” → "
                     f"{R.ROLES[c.role]}({c.role}){mark}：{c.why}")
    lead = prop.col("lead")
    if prop.lead_rule == "first" and lead is not None:
        lines.append(f"  {col_letter(lead)} 列列出几个单位时，第一个为牵头单位，其余为配合单位")
    if prop.group is not None and prop.columns[prop.group].role == "extra":
        lines.append(f"  {col_letter(prop.group)} 列的内容作为其下各项任务的分组标题")
    lines.append(f"年份：{prop.year or '未知'}{'(' + prop.year_source + ')' if prop.year_source else ''}；"
                 f"期间：{P.label(prop.period_key) if prop.period_key else '未标明'}"
                 f"{'(' + prop.period_source + ')' if prop.period_source else ''}")
    if prop.problems:
        lines.append("未能确定：" + "；".join(prop.problems))
        lines.append("可用 --header-row N 指定表头行、--map \"B=task,C=lead,E=progress\" 指定各列"
                     f"(角色：task、{'、'.join(k for k in R.ROLES if k != 'text')})、--period 指定期间，"
                     "或在窗口中导入以使用导入预览")
    return "\n".join(lines)


def unsure_message(prop: Proposal) -> str:
    """One line for the CLI's error: the problems, the header found, the columns not understood,
    the words the engine knows, and how to settle it."""
    unclear = []
    for c in prop.columns:
        name = f"{col_letter(c.index)} 列“{R.clean(c.header) or '无列名'}”"
        if c.role == "extra" and c.header:
            unclear.append(name)
        elif not c.sure and c.role != "ignore":
            unclear.append(f"{name}(猜作{R.ROLES[c.role]}，不确定)")
    rows = f"第 {prop.header_row + 1} 行" + (f"、第 {prop.header_row + 2} 行" if prop.header_rows == 2 else "")
    return (f"{'；'.join(prop.problems)}。取{rows}为表头，未能识别的列：{'、'.join(unclear) or '无'}。"
            f"认得的列名如：{R.EXAMPLES}。"
            "可用 --header-row N 指定表头行、--map \"B=task,C=lead,E=progress\" 指定各列、--period 指定期间，"
            "或用 --dry-run 查看识别结果，或在窗口中导入以使用导入预览")
