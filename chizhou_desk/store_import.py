"""Merging an imported table into the store (inside the store's transaction)."""

import json
from pathlib import Path

from chizhou_desk import periods as P
from chizhou_desk.domain import (
    DEFAULT_STATUSES,
    FIELD_KEYS,
    FIELD_LABELS,
    Entry,
    ImportedTable,
    ImportResult,
    clean_status,
    empty_entry_values,
    is_filled,
    now,
    order_statuses,
)
from chizhou_desk.errors import InputError, OtherList
from chizhou_desk.search_rows import index_entries_from, index_tasks_from, reindex_tasks
from chizhou_desk.store_plan import append_words
from chizhou_desk.units import UnitRegistry, load_city_registry, normalise

SUBMISSION_AUTHOR = "报送表:"  # entry_log.author of values a unit's submission brought
IMPORT_AUTHOR = "导入:"  # ... and of values a list or report file brought


def merge_table(store, c, table: ImportedTable):
    """Merge one table inside the store's transaction `c`; the ImportResult says what changed."""
    return _Merge(store, c, table).run()


class _Merge:
    """The steps of one merge: the plan and its units, the tasks and their links, the entries."""

    def __init__(self, store, c, table: ImportedTable):

        self.store, self.c, self.table = store, c, table
        self.result = ImportResult(table.source, table.period_key, notes=list(table.notes))
        for e in table.entries.values():  # a zero-width space must not make a look-alike status word
            e.status = clean_status(e.status)
        self.at = now()

    def run(self):
        c, table = self.c, self.table
        self.plan_id = _plan(c, table)
        self.registry = _registry(self.store, c, table)
        if table.layout is not None and getattr(table.layout, "user_settled", False):
            from chizhou_desk.layouts import remember

            remember(c, table.layout, self.at)
        self.existing = {no: (tid, text, section, target, deadline, extra) for tid, no, text, section,
                         target, deadline, extra in c.execute(
                             "SELECT id, no, text, section, target, deadline, extra FROM tasks "
                             "WHERE plan_id = ?", (self.plan_id,))}
        if not table.unit:
            check_same_list(c, table, self.plan_id, self.existing)
        ids = self._submission_tasks() if table.unit else self._list_tasks()
        if not self.registry.units():  # a new city's first list: its units are the registry
            self.result.unknown_units = []
        if table.period_key:
            self._entries(ids)
        return self.result

    # --- tasks ----------------------------------------------------------------------------------

    def _submission_tasks(self) -> dict[str, int]:
        """A unit's submission only brings entries, for tasks the office's list has."""
        table = self.table
        missing = [t.no for t in table.tasks if t.no not in self.existing]
        if missing:
            raise InputError(f"报送表中的任务在本库清单中不存在：{'、'.join(missing[:10])}", file=table.source)
        # the unit leads each task, the office created the period, the texts match the numbers
        table.unit = check_against_store(self.c, self.registry, table, self.plan_id, self.existing)
        return {t.no: self.existing[t.no][0] for t in table.tasks}

    def _list_tasks(self) -> dict[str, int]:
        """Tasks upserted by number with their unit links; new ones in bulk with given ids."""
        c, table, result = self.c, self.table, self.result
        # A column the table does not have (no task fills it) keeps what the store knows: a progress
        # table or the published text must not wipe the units, sections or deadlines of the list.
        self.has = {f: any(getattr(t, f) for t in table.tasks)
                    for f in ("section", "target", "deadline", "lead_units", "coop_units")}
        self.extra_keys = {k for t in table.tasks for k in t.extra}
        links_now: dict[int, list[tuple]] = {}
        if self.existing:
            for tid, uid, role, pos in c.execute(
                    "SELECT tu.task_id, tu.unit_id, tu.role, tu.pos FROM task_units tu "
                    "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ?", (self.plan_id,)):
                links_now.setdefault(tid, []).append((uid, role, pos))
        unit_ids = dict(c.execute("SELECT name, id FROM units"))
        next_tid = first_new = c.execute("SELECT coalesce(max(id), 0) + 1 FROM tasks").fetchone()[0]
        split_cache: dict[str, tuple[list[str], list[str]]] = {}  # a list repeats its unit cells
        link_cache: dict[tuple, list[tuple]] = {}
        ids: dict[str, int] = {}
        new_tasks, new_links, retexted = [], [], []
        for seq, task in enumerate(table.tasks, start=1):
            cells = (*task.lead_units, "\0", *task.coop_units)
            if cells not in link_cache:
                link_cache[cells] = _links(c, self.registry, task, result, split_cache, unit_ids)
            links = link_cache[cells]
            old = self.existing.get(task.no)
            if old is None:
                tid, next_tid = next_tid, next_tid + 1
                new_tasks.append((tid, self.plan_id, task.no, _seq(task.no, seq), task.text, task.section,
                                  task.target, task.deadline, _json(task.extra)))
                new_links += [(tid, *link) for link in links]
                result.tasks_added += 1
            else:
                tid = old[0]
                if self._update_task(task, old):
                    result.tasks_changed += 1
                    if old[1] != task.text:
                        retexted.append((tid, task.text))
                current = links_now.get(tid, [])
                links = links + [link for link in current if not self.has[f"{link[1]}_units"]]
                if sorted(current) != sorted(links):
                    c.execute("DELETE FROM task_units WHERE task_id = ?", (tid,))
                    new_links += [(tid, *link) for link in links]
            ids[task.no] = tid
        c.executemany("INSERT INTO tasks (id, plan_id, no, seq, text, section, target, deadline, extra) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new_tasks)
        c.executemany("INSERT INTO task_units (task_id, unit_id, role, pos) VALUES (?, ?, ?, ?)", new_links)
        reindex_tasks(c, retexted)
        index_tasks_from(c, first_new)
        return ids

    def _update_task(self, task, old) -> bool:
        """An existing task's fields from the table, keeping what the table has no column for."""
        has = self.has
        kept = {k: v for k, v in json.loads(old[5] or "{}").items() if k not in self.extra_keys}
        fields = (task.text,
                  task.section if has["section"] else old[2],
                  task.target if has["target"] else old[3],
                  task.deadline if has["deadline"] else old[4],
                  _json({**kept, **task.extra}))
        if tuple(old[1:]) == fields:
            return False
        self.c.execute("UPDATE tasks SET text = ?, section = ?, target = ?, deadline = ?, extra = ? "
                       "WHERE id = ?", (*fields, old[0]))
        return True

    # --- entries --------------------------------------------------------------------------------

    def _entries(self, ids: dict[str, int]) -> None:
        c, table, result, key = self.c, self.table, self.result, self.table.period_key
        assert key is not None  # run() merges entries only for a table with a period
        period_id = _period(c, self.plan_id, key)
        if c.execute("SELECT closed FROM periods WHERE id = ?", (period_id,)).fetchone()[0]:
            raise InputError(f"期间 {P.label(key)} 已关闭，不能导入", file=table.source)
        append_words(c, self.plan_id, {e.status for e in table.entries.values() if e.status})
        current = {row[0]: row for row in c.execute(
            f"SELECT task_id, id, {', '.join(FIELD_KEYS)} FROM entries WHERE period_id = ?", (period_id,))}
        author = f"{SUBMISSION_AUTHOR}{table.unit}" if table.unit else f"{IMPORT_AUTHOR}{Path(table.source).name}"
        fresh = []  # (task id, changes) for tasks with no entry yet in this period
        for no, entry in table.entries.items():
            changes = {k: v for k, v in entry.__dict__.items() if v not in (None, "")}
            if not changes:
                continue
            row = current.get(ids[no])
            if row is None:
                fresh.append((ids[no], changes))
                continue
            old = dict(zip(FIELD_KEYS, row[2:], strict=True))
            changes = self._settle(no, changes, old, row[1], author)
            if any(_norm(v) != _norm(old.get(k)) for k, v in changes.items()) and \
                    self.store.write_entry(c, ids[no], period_id, changes, author, self.at) is not None:
                result.entries_changed += 1
        _insert_entries(c, period_id, fresh, self.at, FIELD_KEYS, author)
        result.entries_changed += len(fresh)
        if table.unit:
            self._record_submission(period_id)

    def _settle(self, no: str, changes: dict, old: dict, entry_id: int, author: str) -> dict:
        """The import policy: a list or report only fills what is empty here (typed text is never
        overwritten, and the fields it left are named); a unit's submission speaks for its tasks
        (a joint lead unit that reported otherwise before is named)."""
        differ = [k for k, v in changes.items() if _norm(v) != _norm(old.get(k)) and _norm(old.get(k))]
        if self.table.unit:
            self.result.conflicts += _other_submissions(self.c, entry_id, no, differ, author)
            return changes
        self.result.kept += [f"第{no}项{FIELD_LABELS[k]}" for k in differ]
        return {k: v for k, v in changes.items() if k not in differ}

    def _record_submission(self, period_id: int) -> None:
        c, table, result = self.c, self.table, self.result
        filled = sum(1 for t in table.tasks if is_filled(table.entries.get(t.no, Entry()).progress))
        result.notes.insert(0, f"{table.unit}：已填报 {filled} 项，未填报 {len(table.tasks) - filled} 项")
        if table.checksum and c.execute("SELECT 1 FROM submissions WHERE sha256 = ? AND period_id = ?",
                                        (table.checksum, period_id)).fetchone():
            result.notes.insert(1, "这份报送表此前已导入过(内容相同)")
        self.store.record_submission(c, table.unit, period_id, table.source, table.checksum,
                                     filler=table.filler, phone=table.phone)


def _other_submissions(c, entry_id: int, no: str, fields: list[str], author: str) -> list[str]:
    """Fields another unit's submission set that this one changes (joint leads disagreeing)."""
    out = []
    for k in fields:
        last = c.execute("SELECT author FROM entry_log WHERE entry_id = ? AND field = ? "
                         "ORDER BY id DESC LIMIT 1", (entry_id, k)).fetchone()
        if last and last[0].startswith(SUBMISSION_AUTHOR) and last[0] != author:
            out.append(f"第{no}项{FIELD_LABELS[k]}：与{last[0][len(SUBMISSION_AUTHOR):]}的报送表不同，"
                       f"已按{author[len(SUBMISSION_AUTHOR):]}的报送表更新")
    return out


def _insert_entries(c, period_id, fresh, at, entry_fields, author: str = "") -> None:
    """New entries in bulk: rows, their log lines (old value NULL) and their index rows.

    The log and index rows are made by SQLite from the inserted rows: building them as Python
    tuples cost more than inserting them.
    """
    if not fresh:
        return
    first = c.execute("SELECT coalesce(max(id), 0) + 1 FROM entries").fetchone()[0]
    defaults = empty_entry_values()
    rows = []
    for eid, (tid, changes) in enumerate(fresh, start=first):
        values = {**defaults, **changes}
        rows.append((eid, tid, period_id, *[values[k] for k in entry_fields], at))
    c.executemany(f"INSERT INTO entries (id, task_id, period_id, {', '.join(entry_fields)}, updated_at) "
                  f"VALUES (?, ?, ?, {', '.join('?' * len(entry_fields))}, ?)", rows)
    # one log line a field that has a value, in the order of the fields (as save_entry logs them)
    logged = " UNION ALL ".join(
        f"SELECT id AS e, {i} AS f, '{k}' AS field, CAST({k} AS TEXT) AS new FROM entries "
        f"WHERE id >= ?1 AND {k} IS NOT NULL AND {k} <> ''" for i, k in enumerate(entry_fields))
    c.execute("INSERT INTO entry_log (entry_id, field, old, new, at, author) "
              f"SELECT e, field, NULL, new, ?2, ?3 FROM ({logged}) ORDER BY e, f", (first, at, author))
    index_entries_from(c, first)


def _norm(v):
    return "" if v is None else v


def _json(extra: dict) -> str:
    return json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else "{}"


def _plan(c, table: ImportedTable) -> int:
    plan = table.plan
    if not 2000 <= plan.year <= 2100:  # a tampered or broken file; SQLite cannot even hold 10^30
        raise InputError(f"清单年份 {str(plan.year)[:12]} 不是有效的年份", file=table.source)
    row = c.execute("SELECT id, title, doc_no, city FROM plans WHERE year = ?", (plan.year,)).fetchone()
    if row is None:
        if table.unit:
            raise InputError(f"本库没有 {plan.year} 年的清单，请先导入清单", file=table.source)
        # the list's own status words (Chizhou: three); a list without any gets Chizhou's
        words = order_statuses(e.status for e in table.entries.values() if e.status) or list(DEFAULT_STATUSES)
        pid = c.execute("INSERT INTO plans (year, title, doc_no, city) VALUES (?, ?, ?, ?)",
                        (plan.year, plan.title, plan.doc_no, plan.city)).lastrowid
        c.executemany("INSERT INTO status_words (plan_id, pos, word) VALUES (?, ?, ?)",
                      [(pid, i, w) for i, w in enumerate(words)])
        return pid
    pid, title, doc_no, city = row
    update = {k: v for k, v in (("title", plan.title), ("doc_no", plan.doc_no), ("city", plan.city))
              if v and not {"title": title, "doc_no": doc_no, "city": city}[k]}
    if update:
        c.execute(f"UPDATE plans SET {', '.join(f'{k} = ?' for k in update)} WHERE id = ?",
                  (*update.values(), pid))
    return pid


def _registry(store, c, table: ImportedTable) -> UnitRegistry:
    """The store's units; on first use, seeded from the shipped list of the table's city."""
    if c.execute("SELECT count(*) FROM unit_aliases").fetchone()[0] == 0:
        hint = " ".join((table.plan.city, table.plan.doc_no, table.plan.title))
        found = load_city_registry(hint)
        if found:
            city, units = found
            c.execute("UPDATE plans SET city = ? WHERE year = ? AND city = ''", (city, table.plan.year))
            for u in units:
                c.execute("INSERT OR IGNORE INTO units (name, short) VALUES (?, ?)", (u.name, u.short))
                uid = c.execute("SELECT id FROM units WHERE name = ?", (u.name,)).fetchone()[0]
                c.executemany("INSERT OR IGNORE INTO unit_aliases (alias, unit_id) VALUES (?, ?)",
                              [(normalise(a), uid) for a in u.aliases])
    return store.registry()


def _links(c, registry, task, result, split_cache: dict, unit_ids: dict) -> list[tuple]:
    """(unit id, role, position) of a task's lead and cooperating units; new names become units."""
    leads = registry.split_cells(task.lead_units, split_cache, result.unknown_units)
    coops = [u for u in registry.split_cells(task.coop_units, split_cache, result.unknown_units)
             if u not in leads]
    for name in leads + coops:
        if name not in unit_ids:
            unit_ids[name] = c.execute("INSERT INTO units (name) VALUES (?)", (name,)).lastrowid
    return [(unit_ids[n], "lead", i) for i, n in enumerate(leads)] + \
           [(unit_ids[n], "coop", i) for i, n in enumerate(coops)]


def _period(c, plan_id: int, key: str) -> int:
    row = c.execute("SELECT id FROM periods WHERE plan_id = ? AND key = ?", (plan_id, key)).fetchone()
    if row:
        return row[0]
    return c.execute("INSERT INTO periods (plan_id, key, label) VALUES (?, ?, ?)",
                     (plan_id, key, P.label(key))).lastrowid


def _seq(no: str, position: int) -> int:
    # printed numbers sort as numbers; anything else keeps its place in the file after them
    return int(no) if no.isdigit() else 1_000_000 + position


# --- a unit's submission checked against the office's database (inside the merge's transaction) ---

def check_against_store(c, registry, table: ImportedTable, plan_id: int, existing: dict) -> str:
    """The submission's unit exists and leads every task it writes, its period was created by the
    office, and each task's text is the one the office's list has under that number. Returns the
    unit's canonical name; InputError naming the file and the rows otherwise (nothing imported).

    `existing`: task number -> (task id, text, ...) of the plan in the store."""
    file = table.source
    unit = registry.resolve(table.unit or "")
    if unit is None:
        raise InputError(f"报送表的填报单位“{table.unit}”不是本库登记的单位，未导入", file=file)
    if table.period_key and c.execute("SELECT 1 FROM periods WHERE plan_id = ? AND key = ?",
                                      (plan_id, table.period_key)).fetchone() is None:
        raise InputError(f"本库没有期间 {P.label(table.period_key)}(期间由办公室建立)，未导入",
                         file=file)
    leads = {r[0] for r in c.execute(
        "SELECT tu.task_id FROM task_units tu JOIN units u ON u.id = tu.unit_id "
        "WHERE tu.role = 'lead' AND u.name = ?", (unit,))}
    not_led = [t.no for t in table.tasks if t.no in existing and existing[t.no][0] not in leads]
    if not_led:
        raise InputError(f"报送表中有 {unit} 不牵头的任务：第{'、'.join(not_led[:10])}项"
                         f"{'等' if len(not_led) > 10 else ''}，未导入", file=file)
    other_text = [t.no for t in table.tasks
                  if t.no in existing and t.text and _plain(t.text) != _plain(existing[t.no][1])]
    if other_text:
        raise InputError(f"报送表中任务的内容与本库清单中同一序号的任务不符：第{'、'.join(other_text[:10])}项"
                         f"{'等' if len(other_text) > 10 else ''}，未导入", file=file)
    return unit


def _plain(text: str) -> str:
    return "".join(str(text).split())


# --- a list merged into the database's list of its year must be that list ------------------------

SAME_LIST_MIN_SHARED = 3  # fewer tasks under shared numbers say too little either way


def check_same_list(c, table: ImportedTable, plan_id: int, existing: dict) -> None:
    """Refuse (OtherList) a list of another city, or one whose tasks under the same numbers say
    other things: merged by number, it would overwrite the database's tasks (another city's list
    imported into the sample). A revised list keeps most of its texts and passes."""
    city = c.execute("SELECT city FROM plans WHERE id = ?", (plan_id,)).fetchone()[0]
    year, new_city = table.plan.year, table.plan.city
    advice = "请把这份清单导入一个新的数据库"  # the window names its button, the CLI --db
    if city and new_city and city != new_city:
        raise OtherList(f"本库 {year} 年的清单是{city}的，这份是{new_city}的，不能合并。{advice}", file=table.source)
    shared = [t for t in table.tasks if t.no in existing and t.text and existing[t.no][1]]
    differ = [t.no for t in shared if not _similar(t.text, existing[t.no][1])]
    if len(shared) >= SAME_LIST_MIN_SHARED and len(differ) * 2 > len(shared):
        listed = "、".join(differ[:5])
        raise OtherList(f"这份清单与本库 {year} 年的清单不是同一份：同一序号下 {len(differ)} 项任务的内容不同"
                        f"（第{listed}项{'等' if len(differ) > 5 else ''}）。{advice}", file=table.source)


def _similar(a: str, b: str) -> bool:
    """Most character pairs of the shorter text recur in the other (a shortened or edited text
    of the same task; two cities' tasks share a few words at most)."""
    pa, pb = _pairs(a), _pairs(b)
    if not pa or not pb:
        return True
    return len(pa & pb) >= 0.5 * min(len(pa), len(pb))


def _pairs(text: str) -> set[str]:
    chars = [ch for ch in text if ch.isalnum()]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}
