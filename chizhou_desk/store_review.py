"""The office's verdict on a unit's submission: 已采纳 or 退回, with a reason for the whole file or
per task (schema 7, table `reviews`; ARCHITECTURE: Return and accept).

In the office's database a verdict is made against the unit's latest submission (its
`submission_id`); a later file from the unit starts a new round, so the unit shows as 已重报 until
the office judges it. In a unit's database the rows come from the office's 退回单 (imports/feedback.py,
`submission_id` NULL, `source` = that file); importing a newer 退回单 replaces them.

    mark(store, unit, period_key, "returned", "请补充原因", task_no="3")
    current(store, period_key) -> {unit: Review}
    merge_feedback(store, c, feedback) -> ImportResult     (Store.import_tables calls it)
    commented_task_ids(store, period_key) -> {task id}      tasks a returned file's comments concern
    received_verdicts(store, period_key) -> [Review]         the 审核意见单 a unit's database holds
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chizhou_desk import periods as P
from chizhou_desk.errors import InputError

ACCEPTED, RETURNED = "accepted", "returned"
VERDICT_WORDS = {ACCEPTED: "已采纳", RETURNED: "退回"}
RESUBMITTED_WORD = "已重报"  # the office: a file came after the return, not judged yet
OFFICE = "市政府办公室"


@dataclass
class Review:
    unit: str
    verdict: str                 # accepted | returned
    at: str                      # when the verdict was made (ISO)
    reason: str = ""             # for the whole submission ("" when only tasks have one)
    tasks: dict[str, str] = field(default_factory=dict)  # task no -> the office's comment
    task_ids: dict[int, str] = field(default_factory=dict)  # task id -> the same comment
    source: str = ""             # the office's 退回单 it came in (a unit's database)
    resubmitted: bool = False    # the office: the unit sent a file after this verdict

    @property
    def returned(self) -> bool:
        return self.verdict == RETURNED

    @property
    def word(self) -> str:
        return RESUBMITTED_WORD if self.resubmitted else VERDICT_WORDS[self.verdict]

    def lines(self) -> list[str]:
        """The comments, one a line: the whole file's first, then per task in task order."""
        out = [f"整份报送表：{self.reason}"] if self.reason else []
        return out + [f"第{no}项：{text}" for no, text in sorted(self.tasks.items(), key=_no_key)]

    def note(self) -> str:
        """The visible note of the unit's next export (full-width punctuation, as the sheet's
        other lines): the heading, then the comments one a line."""
        head = f"{OFFICE}意见（{self.at[:10]} {VERDICT_WORDS[self.verdict]}）"
        lines = [line.replace(":", "：", 1) for line in self.lines()]
        return head + ("：\n" + "\n".join(lines) if lines else "")


def _no_key(item):
    no = item[0]
    return (0, int(no), no) if no.isdigit() else (1, 0, no)


def mark(store, unit: str, period_key: str, verdict: str, reason: str = "",
         task_no: str | None = None) -> None:
    """The office's verdict on the unit's latest submission for the period, in one transaction.

    accepted: for the whole file (a remark allowed). returned: a reason is required; with
    `task_no` it is that task's comment (the file is returned with it)."""
    if verdict not in VERDICT_WORDS:
        raise ValueError(verdict)
    canonical = store.resolve_unit(unit)
    period = store.period(period_key)
    reason = (reason or "").strip()
    if verdict == RETURNED and not reason:
        raise InputError("退回须写明原因")
    if verdict == ACCEPTED and task_no:
        raise InputError("采纳针对整份报送表，不能指定任务")
    conn = store.conn
    uid = conn.execute("SELECT id FROM units WHERE name = ?", (canonical,)).fetchone()[0]
    sub = conn.execute("SELECT max(id) FROM submissions WHERE unit_id = ? AND period_id = ?",
                       (uid, period.id)).fetchone()[0]
    if sub is None:
        raise InputError(f"{canonical} 尚未报送{period.label}的报送表，无法采纳或退回")
    task_id = None
    if task_no:
        task_id = store.task_id(str(task_no).strip(), period_key)
        if not conn.execute("SELECT 1 FROM task_units WHERE task_id = ? AND unit_id = ? AND role = 'lead'",
                            (task_id, uid)).fetchone():
            raise InputError(f"第{task_no}项不是 {canonical} 牵头的任务")
    from chizhou_desk.domain import now

    at = now()
    with store.transaction() as c:
        if task_id is not None:
            last = c.execute("SELECT verdict FROM reviews WHERE unit_id = ? AND period_id = ? "
                             "AND submission_id = ? AND task_id IS NULL ORDER BY id DESC LIMIT 1",
                             (uid, period.id, sub)).fetchone()
            if last is None or last[0] != RETURNED:  # a task's comment returns the file
                c.execute("INSERT INTO reviews (unit_id, period_id, submission_id, task_id, verdict, "
                          "reason, at) VALUES (?, ?, ?, NULL, ?, '', ?)", (uid, period.id, sub, RETURNED, at))
        c.execute("INSERT INTO reviews (unit_id, period_id, submission_id, task_id, verdict, reason, at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)", (uid, period.id, sub, task_id, verdict, reason, at))


def current(store, period_key: str) -> dict[str, Review]:
    """unit -> its current Review for the period (units never judged are absent)."""
    period = store.period(period_key)
    conn = store.conn
    rows = conn.execute(
        "SELECT u.name, r.submission_id, r.task_id, t.no, r.verdict, r.reason, r.at, r.source "
        "FROM reviews r JOIN units u ON u.id = r.unit_id LEFT JOIN tasks t ON t.id = r.task_id "
        "WHERE r.period_id = ? ORDER BY r.id", (period.id,)).fetchall()
    by_unit: dict[str, list] = {}
    for row in rows:
        by_unit.setdefault(row[0], []).append(row)
    latest = dict(conn.execute(
        "SELECT u.name, max(s.id) FROM submissions s JOIN units u ON u.id = s.unit_id "
        "WHERE s.period_id = ? GROUP BY u.name", (period.id,)).fetchall())
    out = {}
    for unit, unit_rows in by_unit.items():
        round_id = unit_rows[-1][1]
        this = [r for r in unit_rows if r[1] == round_id]  # the latest file judged (or 退回单)
        verdicts = [i for i, r in enumerate(this) if r[2] is None]
        if not verdicts:
            continue
        last = this[verdicts[-1]]
        review = Review(unit, last[4], last[6], source=last[7],
                        resubmitted=round_id is not None and (latest.get(unit) or 0) > round_id)
        if review.returned:
            accepted = [i for i in verdicts if this[i][4] == ACCEPTED]
            since = this[accepted[-1] + 1:] if accepted else this
            review.reason = "\n".join(dict.fromkeys(r[5] for r in since if r[2] is None and r[5]))
            for r in since:
                if r[2] is not None and r[3] is not None:
                    review.tasks[r[3]] = r[5]
                    review.task_ids[r[2]] = r[5]
        else:
            review.reason = last[5]
        out[unit] = review
    return out


def task_note(reviews: dict[str, Review], row) -> str:
    """What the office said that concerns this task (its lead units' current reviews), or ""."""
    lines = []
    for unit in row.lead_units:
        r = reviews.get(unit)
        if r is None:
            continue
        head = f"{r.at[:10]} {r.word}" + (f"，{unit}" if len(row.lead_units) > 1 else "")
        if r.returned:
            if row.id in r.task_ids:
                lines.append(f"({head}){r.task_ids[row.id]}")
            if r.reason:
                lines.append(f"({head}，整份报送表){r.reason}")
            if not lines:
                lines.append(f"({head})本项无意见，见其他任务")
        else:
            lines.append(f"({head}){r.reason}".rstrip())
    return "\n".join(lines)


def merge_feedback(store, c, fb):
    """The office's 退回单 imported into a unit's database (inside Store.import_tables's transaction):
    the unit, period and tasks are checked against this database, then the unit's earlier comments
    from the office for the period are replaced by the file's."""
    from chizhou_desk.domain import ImportResult

    file = fb.source
    unit = store.registry().resolve(fb.unit or "")
    if unit is None:
        raise InputError(f"退回单的单位“{fb.unit}”不是本库登记的单位，未导入", file=file)
    row = c.execute("SELECT p.id FROM periods p JOIN plans pl ON pl.id = p.plan_id "
                    "WHERE pl.year = ? AND p.key = ?", (fb.plan.year, fb.period_key)).fetchone()
    if row is None:
        raise InputError(f"本库没有期间 {P.label(fb.period_key)}，未导入", file=file)
    period_id = row[0]
    uid = c.execute("SELECT id FROM units WHERE name = ?", (unit,)).fetchone()[0]
    ids = []
    for no, text, _reason in fb.tasks:
        found = c.execute("SELECT t.id, t.text FROM tasks t JOIN plans pl ON pl.id = t.plan_id "
                          "WHERE pl.year = ? AND t.no = ?", (fb.plan.year, no)).fetchone()
        if found is None:
            raise InputError(f"本库清单中没有第{no}项，未导入", file=file)
        if text and "".join(text.split()) != "".join(found[1].split()):
            raise InputError(f"第{no}项的任务内容与本库清单不符，未导入", file=file)
        ids.append(found[0])
    c.execute("DELETE FROM reviews WHERE unit_id = ? AND period_id = ? AND submission_id IS NULL",
              (uid, period_id))
    c.execute("INSERT INTO reviews (unit_id, period_id, task_id, verdict, reason, at, source) "
              "VALUES (?, ?, NULL, ?, ?, ?, ?)", (uid, period_id, fb.verdict, fb.reason, fb.reviewed_at, file))
    c.executemany("INSERT INTO reviews (unit_id, period_id, task_id, verdict, reason, at, source) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(uid, period_id, tid, RETURNED, reason, fb.reviewed_at, file)
                   for tid, (_no, _text, reason) in zip(ids, fb.tasks, strict=True)])
    word = VERDICT_WORDS[fb.verdict]
    note = f"{OFFICE}对{unit}{P.label(fb.period_key)}报送表的意见：{word}"
    if fb.tasks:
        note += f"，{len(fb.tasks)} 项任务有意见(第{'、'.join(no for no, _, _ in fb.tasks)}项)"
    return ImportResult(source=file, period_key=fb.period_key, notes=[note])


COMMENTED = "\x00office_comment"  # the window's filter 有办公室意见 (never a status word)


def commented_task_ids(store, period_key: str, reviews: dict | None = None) -> set[int]:
    """The tasks the office's comments concern for the period: those it commented on when it
    returned a file, and every task of a unit whose whole file it returned with a reason."""
    reviews = store.reviews(period_key) if reviews is None else reviews
    ids: set[int] = set()
    for unit, r in reviews.items():
        if not r.returned:
            continue
        ids |= set(r.task_ids)
        if r.reason:
            ids |= store.task_ids_for(unit)
    return ids


def received_verdicts(store, period_key: str, reviews: dict | None = None) -> list[Review]:
    """The office's verdicts this database learnt from its 审核意见单 (a unit's database; the office's
    own verdicts are made on files and have none), in unit order."""
    reviews = store.reviews(period_key) if reviews is None else reviews
    return [r for _u, r in sorted(reviews.items()) if r.source]


def banner_text(r: Review, period_label: str) -> str:
    """One line for the liaison: 退回 with how many comments, or 已采纳 (information)."""
    if r.returned:
        count = len(r.tasks) + (1 if r.reason else 0)
        return (f"{OFFICE}退回了{r.unit}{period_label}的报送表：{count} 条意见({r.at[:10]})，"
                "请按意见修改后重新导出报送")
    return f"{OFFICE}已采纳{r.unit}{period_label}的报送表({r.at[:10]})"
