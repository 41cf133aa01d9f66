"""The city office's month: which lead units have submitted (报送情况), the 催报 list, and the
dry run of a merge of units' submissions. Read-only over the store (its connection, plain SELECTs).

    status = submission_status(store, "2025-05")       -> [UnitStatus], task order of the units
    chase_text(status, period_label)                    -> the 催报 list to paste into a message
    export_status_xlsx(status, path, title)             -> the table as .xlsx (A4 landscape)
    preview_submissions(store, paths)                   -> [FilePreview] without writing anything
    periods_to_open(store, tables)                      -> periods the units' files report, not yet opened
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from chizhou_desk.domain import is_filled, needs_reason
from chizhou_desk.errors import InputError
from chizhou_desk.lights import DEFAULT_DUE_DAYS, period_end

COLUMNS = ("序号", "牵头单位", "报送情况", "报送时间", "报送文件", "报送次数", "已填报/任务数",
           "未达预期缺原因", "逾期天数", "联络员", "联系电话", "审核意见")
# 报送情况's words, in the order the column sorts: not in, returned, in but not judged, its tasks
# all reported by a joint lead's file, accepted
JOINT = "由联合牵头单位报送"
STATES = ("未报送", "退回", "已重报", "已报送", JOINT, "已采纳")
RETURNED_CHASE = "退回待重报"  # the 催报 list's mark for a returned unit that has not sent a new file


@dataclass
class UnitStatus:
    unit: str
    short: str
    submitted: bool
    submitted_at: str | None  # the latest file's import time (ISO)
    file: str | None          # the latest file, as it was imported
    times: int                # files imported for this unit and period
    reported: int             # its lead tasks with progress written this period
    total: int                # the tasks it leads
    behind_without_reason: int
    days_late: int            # past the due date (set, or the lights' default): at the first file, or today
    liaison: str = ""
    phone: str = ""
    files: list[str] = field(default_factory=list)
    review: str | None = None  # the office's verdict on the latest file: accepted | returned | None
    review_at: str | None = None
    review_reason: str = ""    # the whole file's reason, then 第N项:… one a line
    resubmitted: bool = False  # a file came after the return and is not judged yet
    joint_leads: list[str] = field(default_factory=list)  # no file, every task reported by these co-leads

    @property
    def accepted(self) -> bool:
        return self.review == "accepted" and not self.resubmitted

    @property
    def state(self) -> str:
        """未报送 · 退回 · 已重报 (a file after the return) · 已报送 (not judged) · 已采纳"""
        if not self.submitted:
            return JOINT if self.joint_leads else "未报送"
        if self.resubmitted:
            return "已重报"
        return {"accepted": "已采纳", "returned": "退回"}.get(self.review or "", "已报送")

    def as_json(self) -> dict:
        d = asdict(self)
        d.pop("files")
        d["state"], d["accepted"] = self.state, self.accepted
        return d

    def cells(self, no: int) -> list:
        """One row of the printed and exported table."""
        return [no, self.unit, self.state,
                (self.submitted_at or "").replace("T", " ")[:16], Path(self.file).name if self.file else "",
                self.times or "", f"{self.reported}/{self.total}", self.behind_without_reason or "",
                self.days_late or "", self.liaison, self.phone, self.review_reason]


def submission_status(store, period_key: str, today: date | None = None,
                      read_files: bool = True) -> list[UnitStatus]:
    """Per lead unit of the period's list: submitted or not, when, which file, reported/total.

    The liaison's name and phone come from the unit's latest submission that gave them (stored
    at import, schema 7); read_files: for older rows, from the file itself if still on disk."""
    period = store.period(period_key)
    conn = store.conn
    plan_id = conn.execute("SELECT plan_id FROM periods WHERE id = ?", (period.id,)).fetchone()[0]
    words = store.status_words(period.key)
    units: dict[str, dict] = {}
    leads_of: dict[int, list[str]] = {}
    for task_id, name, short, progress, status, reason in conn.execute(
            "SELECT t.id, u.name, u.short, e.progress, e.status, e.reason FROM task_units tu "
            "JOIN units u ON u.id = tu.unit_id JOIN tasks t ON t.id = tu.task_id "
            "LEFT JOIN entries e ON e.task_id = t.id AND e.period_id = ? "
            "WHERE tu.role = 'lead' AND t.plan_id = ? ORDER BY t.seq, tu.pos", (period.id, plan_id)):
        u = units.setdefault(name, {"short": short, "total": 0, "reported": 0, "behind": 0, "tasks": []})
        u["total"] += 1
        leads_of.setdefault(task_id, []).append(name)
        u["tasks"].append((task_id, is_filled(progress)))
        if is_filled(progress):
            u["reported"] += 1
            if needs_reason(status, words) and not (reason or "").strip():
                u["behind"] += 1
    files: dict[str, list[tuple[str, str]]] = {}
    for name, file_name, at in conn.execute(
            "SELECT u.name, s.file_name, s.imported_at FROM submissions s JOIN units u ON u.id = s.unit_id "
            "WHERE s.period_id = ? ORDER BY s.id", (period.id,)):
        files.setdefault(name, []).append((file_name, at))
    # the lights' due date: the one set, else some days after the period's end (lights.DEFAULT_DUE_DAYS)
    due = _date(period.due_date) or period_end(period.key) + timedelta(days=DEFAULT_DUE_DAYS)
    today = today or date.today()
    out = []
    for name, u in units.items():
        got = files.get(name, [])
        joint = [] if got else _joint_leads(name, u["tasks"], leads_of, files)
        first_day = _date(got[0][1]) if got else None
        late = 0 if joint else max(0, ((first_day or today) - due).days)
        out.append(UnitStatus(
            unit=name, short=u["short"], submitted=bool(got), submitted_at=got[-1][1] if got else None,
            file=got[-1][0] if got else None, times=len(got), reported=u["reported"], total=u["total"],
            behind_without_reason=u["behind"], days_late=late, files=[f for f, _ in got], joint_leads=joint))
    reviews = store.reviews(period_key)
    for s in out:
        s.liaison, s.phone = liaison_of(store, s.unit, read_files)
        r = reviews.get(s.unit)
        if r is not None and s.submitted:
            s.review, s.review_at, s.resubmitted = r.verdict, r.at, r.resubmitted
            s.review_reason = "\n".join(r.lines()) if r.returned else r.reason
    return out


def _joint_leads(unit: str, tasks: list[tuple[int, bool]], leads_of: dict, files: dict) -> list[str]:
    """A unit without a file of its own whose every task was reported by another of the task's lead
    units that did send one (由联合牵头单位报送): those units, in task order; else []."""
    found: list[str] = []
    for task_id, filled in tasks:
        others = [u for u in leads_of.get(task_id, []) if u != unit and files.get(u)]
        if not filled or not others:
            return []
        found += [u for u in others if u not in found]
    return found


def liaison_of(store, unit: str, read_files: bool = True) -> tuple[str, str]:
    """The 填报人 and 联系电话 of the unit's latest submission (any period) that names them: as
    stored at import; rows imported before schema 7 have none, so their file is read if it is
    still there (read_files)."""
    rows = store.conn.execute(
        "SELECT s.filler, s.phone, s.file_name FROM submissions s JOIN units u ON u.id = s.unit_id "
        "WHERE u.name = ? ORDER BY s.id DESC LIMIT 5", (unit,)).fetchall()
    for filler, phone, file_name in rows:
        if filler or phone:
            return filler, phone
        found = filler_from_file(file_name) if read_files else ("", "")
        if found != ("", ""):
            return found
    return "", ""


def filler_from_file(path) -> tuple[str, str]:
    """填报人, 联系电话 from a submission's second row; ("", "") when unreadable or left blank."""
    try:
        p = Path(path)
        if not p.is_file() or p.stat().st_size > 20_000_000:
            return "", ""
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(p))
        rows = wb.get_sheet_by_index(0).to_python(nrows=4)
    except Exception:  # noqa: BLE001  a moved, locked or foreign file just gives no liaison
        return "", ""
    from chizhou_desk.exports.layout import filler_of

    for row in rows:
        found = filler_of(" ".join(str(c) for c in row if c))
        if found != ("", "") or "填报人" in " ".join(str(c) for c in row if c):
            return found
    return "", ""


def missing(status: list[UnitStatus]) -> list[UnitStatus]:
    """The units with no file: not those whose tasks a joint lead reported."""
    return [s for s in status if s.state == "未报送"]


def to_chase(status: list[UnitStatus]) -> list[UnitStatus]:
    """The 催报 list: units with no file, then those returned that have not sent a new one."""
    return missing(status) + [s for s in status if s.state == "退回"]


def summary_text(status: list[UnitStatus]) -> str:
    """牵头单位 16 个：已报送 14 个，由联合牵头单位报送 1 个，未报送 1 个(已采纳 12 个，退回 2 个)"""
    done = sum(s.submitted for s in status)
    joint = sum(s.state == JOINT for s in status)
    return (f"牵头单位 {len(status)} 个：已报送 {done} 个，" + (f"{JOINT} {joint} 个，" if joint else "")
            + f"未报送 {len(missing(status))} 个" + review_counts(status))


def review_counts(status: list[UnitStatus]) -> str:
    """(已采纳 12 个，退回 2 个，已重报 1 个) once the office has judged any file, else ""."""
    counts = [(w, sum(s.state == w for s in status)) for w in ("已采纳", "退回", "已重报")]
    if not any(n for _, n in counts):
        return ""
    return "(" + "，".join(f"{w} {n} 个" for w, n in counts if n or w != "已重报") + ")"


def chase_text(status: list[UnitStatus], period_label: str) -> str:
    """The 催报 list: one line a unit still missing or returned (退回待重报), with its liaison when
    known. Units whose tasks a joint lead reported are not chased."""
    late = to_chase(status)
    if not late:
        return f"{period_label}各牵头单位均已报送。"
    returned = any(s.state == "退回" for s in late)
    lines = [f"{period_label}重点工作进展尚未报送{'或须重报' if returned else ''}的单位({len(late)}个)："]
    for i, s in enumerate(late, 1):
        who = "　".join(x for x in (s.liaison, s.phone) if x)
        what = f"{RETURNED_CHASE}：{s.review_reason.splitlines()[0]}" if s.state == "退回" and s.review_reason \
            else RETURNED_CHASE if s.state == "退回" else f"已填报 {s.reported}/{s.total} 项"
        lines.append(f"{i}. {s.unit}({what})" + (f"　联络员：{who}" if who else ""))
    return "\n".join(lines)


def html_table(status: list[UnitStatus], title: str) -> str:
    """The table for printing (QTextDocument in the window), on A4 landscape."""
    from html import escape

    head = "".join(f"<th>{escape(c)}</th>" for c in COLUMNS)
    body = []
    for i, s in enumerate(status, 1):
        colour = ' style="color:#c0392b"' if s.state in ("未报送", "退回") else ""
        body.append(f"<tr{colour}>" + "".join(f"<td>{escape(str(v))}</td>" for v in s.cells(i)) + "</tr>")
    return (f"<h3 align='center'>{escape(title)}</h3><p>{escape(summary_text(status))}。</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")


def export_status_xlsx(status: list[UnitStatus], path, title: str) -> Path:
    """The 报送情况 table as .xlsx: title, header, one row a unit; A4 landscape, header repeated."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from chizhou_desk.files import atomic_target

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError("导出文件名应以 .xlsx 结尾", file=str(path))
    wb = Workbook()
    ws = wb.active
    ws.title = "报送情况"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(list(COLUMNS))
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, s in enumerate(status, 1):
        ws.append([v if v != "" else None for v in s.cells(i)])
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # user text stays text: a file or person starting with = is no formula
                cell.data_type, cell.quotePrefix = "s", True
        if s.state in ("未报送", "退回"):
            for cell in ws[ws.max_row]:
                cell.fill = PatternFill("solid", fgColor="FDECEA")
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for cell in row:
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.row == 2:
                cell.font = Font(bold=True)
    widths = (6, 24, 10, 17, 30, 9, 13, 14, 9, 10, 14, 36)
    for letter, width in zip("ABCDEFGHIJKL", widths, strict=True):
        ws.column_dimensions[letter].width = width
    from chizhou_desk.exports.layout import row_height

    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):  # not every program sizes wrapped rows
        ws.row_dimensions[row[0].row].height = row_height(["" if c.value is None else str(c.value) for c in row],
                                                          list(widths))
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    with atomic_target(path, ".xlsx") as tmp:
        wb.save(tmp)
    return path


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


# --- the dry run of a merge ---------------------------------------------------------------

@dataclass
class FilePreview:
    file: str
    unit: str = ""
    period_key: str | None = None
    changed: int = 0
    unchanged: int = 0
    refused: str = ""  # why the file would not be imported ("" when it would)
    missing_period: str = ""  # the period it reports, not opened here (the office may open it)
    notes: list[str] = field(default_factory=list)
    summary: str = ""  # not a submission: what the file is (the office's 审核意见单)


def preview_submissions(store, paths, period: str | None = None) -> list[FilePreview]:
    """What merging these files would do, per file, without writing: unit, period, tasks changed
    and unchanged, or why the file is refused (the checks the merge makes)."""
    from chizhou_desk.imports import read_file
    from chizhou_desk.imports.feedback import Feedback

    out: list = []
    cache: dict = {}
    for path in paths:
        try:
            table = read_file(path, period)
        except InputError as exc:
            out.append(FilePreview(str(path), refused=_without_file(exc)))
            continue
        if isinstance(table, Feedback):  # the office's 审核意见单: stored as it is, nothing to compare
            out.append(FilePreview(str(path), table.unit, table.period_key, summary=table.describe()))
            continue
        out.append(preview_table(store, table, cache))
    return out


def preview_table(store, table, cache: dict | None = None) -> FilePreview:
    """One read submission compared with the store; `cache` keeps the plan's tasks and entries
    between the files of one dry run (30 files of a 10,000-task list read them once)."""
    from chizhou_desk.store import ENTRY_FIELDS
    from chizhou_desk.store_import import check_against_store

    result = FilePreview(table.source, table.unit or "", table.period_key, notes=list(table.notes))
    if not table.unit:
        result.refused = "不是单位报送表"
        return result
    conn = store.conn
    plan = conn.execute("SELECT id FROM plans WHERE year = ?", (table.plan.year,)).fetchone()
    if plan is None:
        result.refused = f"本库没有 {table.plan.year} 年的清单"
        return result
    cache = {} if cache is None else cache
    if ("tasks", plan[0]) not in cache:
        cache["tasks", plan[0]] = {no: (tid, text) for tid, no, text in conn.execute(
            "SELECT id, no, text FROM tasks WHERE plan_id = ?", (plan[0],))}
        cache["registry"] = store.registry()
    existing = cache["tasks", plan[0]]
    unknown = [t.no for t in table.tasks if t.no not in existing]
    if unknown:
        result.refused = f"本库清单中没有第{'、'.join(unknown[:10])}项"
        return result
    if table.period_key and conn.execute("SELECT 1 FROM periods WHERE plan_id = ? AND key = ?",
                                         (plan[0], table.period_key)).fetchone() is None:
        result.missing_period = table.period_key
    try:
        result.unit = check_against_store(conn, cache["registry"], table, plan[0], existing)
    except InputError as exc:
        result.refused = _without_file(exc)
        return result
    fields = [f for f in ENTRY_FIELDS if f != "comment"]
    if ("entries", plan[0], table.period_key) not in cache:
        cache["entries", plan[0], table.period_key] = {r[0]: r[1:] for r in conn.execute(
            f"SELECT e.task_id, {', '.join('e.' + f for f in fields)} FROM entries e "
            "JOIN periods p ON p.id = e.period_id WHERE p.plan_id = ? AND p.key = ?",
            (plan[0], table.period_key))}
    stored = cache["entries", plan[0], table.period_key]
    for t in table.tasks:
        entry = table.entries.get(t.no)
        if entry is None:
            result.unchanged += 1
            continue
        old = stored.get(existing[t.no][0], (None,) * len(fields))
        new = [getattr(entry, f) for f in fields]
        # the merge writes the fields the file fills; an empty one leaves the stored value
        differs = any(n not in (None, "") and _same(n) != _same(o) for n, o in zip(new, old, strict=True))
        result.changed += differs
        result.unchanged += not differs
    return result


def periods_to_open(store, tables) -> list[str]:
    """The periods units' submissions report that the office has not opened yet, for lists this
    database holds (the office may open them with the merge). Lists and the office's 审核意见单 never
    open a period: a unit's database learns its periods from the office."""
    known = {p.key for p in store.periods()}
    keys = []
    for t in tables:
        if not getattr(t, "unit", None) or hasattr(t, "verdict") or not t.period_key or t.period_key in known:
            continue
        if store.plan_info(t.plan.year) is not None and t.period_key not in keys:
            keys.append(t.period_key)
    return sorted(keys)


def _without_file(exc: InputError) -> str:
    """The message without the file name the preview line already starts with."""
    text = str(exc)
    return text[len(exc.file) + 2:] if exc.file and text.startswith(exc.file + ": ") else text


def _same(v):
    return "" if v is None else v


def preview_lines(previews: list[FilePreview]) -> list[str]:
    """The dry run as the CLI prints it: one line a file, then a total."""
    from chizhou_desk import periods as P

    lines = []
    for p in previews:
        if p.refused:
            lines.append(f"{p.file}: 将不导入 — {p.refused}")
            continue
        if p.summary:
            lines.append(f"{p.file}: {p.summary}")
            continue
        label = P.label(p.period_key) if p.period_key else "无期间"
        lines.append(f"{p.file}: 单位报送表({p.unit}，{label})，将更新 {p.changed} 项，"
                     f"未变 {p.unchanged} 项")
        lines += [f"  {n}" for n in p.notes]
    ok = [p for p in previews if not p.refused]
    if len(previews) > 1:
        refused = len(previews) - len(ok)
        lines.append(f"共 {len(previews)} 个文件：可导入 {len(ok)} 个，将更新 {sum(p.changed for p in ok)} 项；"
                     f"拒绝 {refused} 个" + ("(有文件被拒绝时，全部不导入)" if refused else ""))
    return lines


def is_submission(path) -> bool:
    """One of our units' submissions (its hidden metadata sheet), told without reading the rows."""
    p = Path(path)
    try:
        with open(p, "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                return False
        from chizhou_desk.file_format import META_SHEET
        from chizhou_desk.imports.grid import open_workbook, zip_names
        from chizhou_desk.imports.package import is_package

        if is_package(p):  # a 报送包 (.zip) with its 佐证材料 (issue 30)
            return True
        return "word/document.xml" not in zip_names(p) and META_SHEET in open_workbook(p).sheet_names
    except (OSError, InputError, ValueError):
        return False


def dry_run_submissions(paths, db_path, period: str | None = None) -> tuple[list[str], list[str]]:
    """`import --dry-run` for the submissions among `paths`, all compared in one pass with the
    database (opened read-only once): (lines to print, the other paths for the list dry run)."""
    subs = [str(p) for p in paths if is_submission(p)]
    others = [str(p) for p in paths if str(p) not in subs]
    if not subs:
        return [], others
    path = Path(db_path) if db_path else None
    if path is None:
        from chizhou_desk.paths import default_db_path

        path = default_db_path()
    if not path.is_file():
        from chizhou_desk.imports import read_file
        from chizhou_desk.imports.feedback import Feedback

        lines = []
        for f in subs:
            try:
                t = read_file(f, period)
                if isinstance(t, Feedback):  # the office's 审核意见单, not a submission
                    lines.append(f"{f}: {t.describe()}")
                    continue
                lines.append(f"{f}: 单位报送表({t.unit})，{len(t.tasks)} 项任务(没有数据库，无法比较)")
            except InputError as exc:
                lines.append(f"{f}: 将不导入 — {_without_file(exc)}")
        return lines, others
    from chizhou_desk.store import Store

    with Store(path, read_only=True) as store:
        previews = preview_submissions(store, subs, period)
    lines = preview_lines(previews)
    keys = sorted({p.missing_period for p in previews if p.missing_period})
    if keys:  # the way on, on the command line (the window offers 新建期间并导入)
        from chizhou_desk import periods as P

        lines.append(f"本库没有期间 {'、'.join(P.label(k) for k in keys)}：可加 --new-period 在导入时新建，"
                     f"或先运行 chizhou-desk period new {keys[0]}")
    return lines, others


def submission_preview_lines(table, db_path) -> list[str]:
    """For `import --dry-run` of one submission already read: compared with the database at
    db_path (opened read-only), or its bare facts when there is no database yet."""
    from chizhou_desk import periods as P

    path = Path(db_path) if db_path else None
    if path is None:
        from chizhou_desk.paths import default_db_path

        path = default_db_path()
    if not path.is_file():
        return [f"{table.source}: 单位报送表({table.unit}，{P.label(table.period_key)})，"
                f"{len(table.tasks)} 项任务(没有数据库，无法比较)"]
    from chizhou_desk.store import Store

    with Store(path, read_only=True) as store:
        return preview_lines([preview_table(store, table)])
