"""The one owner of the SQLite file: schema, migrations, queries and writes.

Reads go through the plain sqlite3 connection (fast, nothing heavy imported);
writes go through sqlite-utils, imported on the first write, each in one transaction.
"""

import gc
import json
import math
import os
import sqlite3
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from chizhou_desk import periods as P
from chizhou_desk.domain import (
    CARRIED_FIELDS,
    DEFAULT_STATUSES,
    FIELD_KEYS,
    TEXT_FIELDS,
    Entry,
    ImportedTable,
    ImportResult,
    StatusWord,
    StatusWords,
    clean_status,
    empty_entry_values,
    is_filled,
    now,
    state_of,
)
from chizhou_desk.errors import InputError
from chizhou_desk.logs import log
from chizhou_desk.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, statements
from chizhou_desk.search_rows import matching_tasks, reindex_entry
from chizhou_desk.units import Unit, UnitRegistry, normalise

ENTRY_FIELDS = FIELD_KEYS  # the entries table's columns, as domain.ENTRY_FIELDS lists them
# A write waits this long for another writer (another window's save, a command-line import)
# instead of failing at once with "database is locked" (ARCHITECTURE: Reliability).
BUSY_TIMEOUT_S = 10.0


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, or None when nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class DamagedDatabase(InputError):
    """PRAGMA quick_check failed, or SQLite cannot read the file: never back it up, offer a backup."""


class ReadOnlyDatabase(InputError):
    """A write to a database opened read-only (read-only file or medium, another window writing)."""


class DatabaseMoved(InputError):
    """The database file was moved, renamed, deleted or replaced while open: nothing is written
    (it would land in an unlinked file or an orphaned -wal beside the old name)."""


class StaleValue(InputError):
    """The stored value is not the one the editor loaded: it was changed elsewhere meanwhile."""

    def __init__(self, message: str, field: str, stored):
        super().__init__(message)
        self.field, self.stored = field, stored


@dataclass(slots=True, kw_only=True)
class TaskRow(Entry):
    """A task with its entry for one period (Entry's fields, so a new entry field needs no line
    here): what the table, the CLI and the exports show."""

    id: int
    no: str
    seq: int
    section: str
    text: str
    target: str
    deadline: str
    lead_units: list[str]
    coop_units: list[str]
    updated_at: str | None = None
    indicator_target: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def filled(self) -> bool:
        return is_filled(self.progress)

    @property
    def state(self) -> str:
        return state_of(self.status, self.progress)


@dataclass(slots=True)
class PeriodInfo:
    id: int
    key: str
    label: str
    due_date: str | None
    closed: bool
    year: int


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False, check: bool = False,
                 busy_timeout: float = BUSY_TIMEOUT_S):
        """Open (or create) the database.

        read_only: open with mode=ro (or immutable=1 where the -shm file cannot be made, as on a
        read-only USB stick); a file or medium we cannot write opens read-only by itself.
        check: run PRAGMA quick_check first (the window's start); DamagedDatabase when it fails.
        """
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.backup_path: Path | None = None
        _check_kind(self.path)
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            check_is_ours(self.path)
        if existed and not read_only and not writable(self.path):
            read_only = True
        if read_only and not existed:
            raise InputError("数据库文件不存在", file=str(self.path))
        self.read_only = read_only
        try:
            if read_only:
                self.conn = _connect_read_only(self.path, busy_timeout)
            else:
                if not self.path.exists():
                    _create_private(self.path)
                self.conn = sqlite3.connect(str(self.path), timeout=busy_timeout)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"无法打开数据库({exc})", file=str(self.path)) from exc
        self._db: Any = None  # sqlite_utils.Database, made on the first write
        self.identity = file_identity(self.path)  # checked before each write
        try:
            self._open(existed, check)
        except BaseException:
            self.conn.close()
            raise

    def _open(self, existed: bool, check: bool) -> None:
        try:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if check:
                self.quick_check()
        except sqlite3.OperationalError as exc:  # disk I/O, locked, no room: not the file's fault
            raise InputError(f"无法读取数据库({exc})", file=str(self.path)) from exc
        except sqlite3.DatabaseError as exc:  # not a database, malformed
            raise DamagedDatabase(f"数据库文件已损坏({exc})", file=str(self.path)) from exc
        if existed and self.version == 0 and tables:
            # another program's database: never write our schema into it
            raise InputError("不是本程序的数据库(其中已有其他表)", file=str(self.path))
        pragmas = ("foreign_keys=ON",) if self.read_only else \
            ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL")
        for pragma in pragmas:
            self.conn.execute(f"PRAGMA {pragma}")
        self._migrate(existed)

    def check_identity(self) -> None:
        """DatabaseMoved when the path no longer names the file this store has open (one stat)."""
        now_id = file_identity(self.path)
        if self.identity is not None and now_id != self.identity:
            why = "已被移动、改名或删除" if now_id is None else "已被另一个文件替换"
            raise DatabaseMoved(f"数据库文件{why}，未写入", file=str(self.path))

    def data_version(self) -> int:
        """Changes when another connection commits: a read-only window's cue to show it."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def quick_check(self) -> None:
        """PRAGMA quick_check; DamagedDatabase naming the first problem when the file is damaged."""
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabase(f"数据库文件已损坏({exc})", file=str(self.path)) from exc
        if rows != ["ok"]:
            raise DamagedDatabase(f"数据库文件已损坏({'; '.join(rows)[:200]})", file=str(self.path))

    # --- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def db(self):
        """The sqlite-utils view of the same connection, imported on first use (it pulls numpy)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def transaction(self):
        """One write transaction: BEGIN IMMEDIATE takes the write lock first, waiting out the busy
        timeout for another writer (a deferred BEGIN that reads first cannot wait: SQLite refuses
        the later lock upgrade at once). Nested use is a savepoint."""
        if self.read_only:
            raise ReadOnlyDatabase("数据库以只读方式打开，不能修改", file=str(self.path))
        c = self.conn
        if c.in_transaction:
            c.execute("SAVEPOINT nested")
            try:
                yield c
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK TO SAVEPOINT nested")
                    c.execute("RELEASE SAVEPOINT nested")
                raise
            c.execute("RELEASE SAVEPOINT nested")
            return
        from chizhou_desk.dblock import write_lock

        self.check_identity()
        # a window elsewhere is the one writer of this file; without a window, the write holds the lock
        lock = write_lock(self.path, self.busy_timeout)
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
                c.commit()
            except BaseException:
                c.rollback()
                raise
        finally:
            if lock is not None:
                lock.release()

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, existed: bool) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise InputError(f"数据库版本 {version} 比本程序新({SCHEMA_VERSION})，请升级程序",
                             file=str(self.path))
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise ReadOnlyDatabase(f"数据库需要升级(版本 {version})，但只能以只读方式打开",
                                   file=str(self.path))
        if existed and version > 0:
            self.backup_path = self.path.with_name(
                f"{self.path.name}.v{version}-{datetime.now():%Y%m%d-%H%M%S}.bak")
            part = self.backup_path.with_name(self.backup_path.name + ".part")
            backup = sqlite3.connect(str(part))  # renamed once whole: no 0-byte .bak after a kill
            try:
                self.conn.backup(backup)
            finally:
                backup.close()
            part.replace(self.backup_path)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for v in range(version + 1, SCHEMA_VERSION + 1):
                for stmt in statements(MIGRATIONS[v]):
                    self.conn.execute(stmt)
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        log.info("migrated %s from schema %d to %d", self.path, version, SCHEMA_VERSION)

    # --- plans, periods, units -------------------------------------------------------

    def plan_info(self, year: int | None = None) -> dict | None:
        """The list's facts (清单信息): title (its name, without a period phrase even when an older
        import stored one), doc_no, city, office (署名), and its status words."""
        from chizhou_desk.imports.plan_title import list_name

        sql = "SELECT id, year, title, doc_no, city, office FROM plans"
        row = (self.conn.execute(sql + " WHERE year = ?", (year,)).fetchone() if year
               else self.conn.execute(sql + " ORDER BY year DESC LIMIT 1").fetchone())
        if row is None:
            return None
        words = StatusWords(StatusWord(*r) for r in self.conn.execute(
            "SELECT word, meaning, colour FROM status_words WHERE plan_id = ? ORDER BY pos", (row[0],)))
        if not words.items:
            words = StatusWords.guessed(DEFAULT_STATUSES)
        return {"id": row[0], "year": row[1], "title": list_name(row[2]) if row[2] else "", "doc_no": row[3],
                "city": row[4], "office": row[5], "statuses": words.words, "status_words": words}

    def status_words(self, period_key: str | None = None) -> StatusWords:
        """The plan's words with the meaning and colour of each (store_plan sets them)."""
        plan = self.plan_info(P.split_key(period_key)[0] if period_key else None)
        return plan["status_words"] if plan else StatusWords.guessed(DEFAULT_STATUSES)

    def statuses(self, period_key: str | None = None) -> list[str]:
        return self.status_words(period_key).words

    def periods(self) -> list[PeriodInfo]:
        rows = self.conn.execute(
            "SELECT p.id, p.key, p.label, p.due_date, p.closed, pl.year FROM periods p "
            "JOIN plans pl ON pl.id = p.plan_id ORDER BY p.key").fetchall()
        return [PeriodInfo(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def period(self, key: str) -> PeriodInfo:
        P.split_key(key)
        for p in self.periods():
            if p.key == key:
                return p
        known = "、".join(p.key for p in self.periods()) or "无"
        raise InputError(f"没有期间 {key}(已有：{known})")

    def previous_period(self, key: str) -> str | None:
        """The latest earlier period of the same year's list (1-3月 before 1-6月 too), or None."""
        year, _ = P.split_key(key)
        earlier = [p.key for p in self.periods() if p.year == year and p.key < key]
        return earlier[-1] if earlier else None

    def latest_period(self) -> str | None:
        row = self.conn.execute("SELECT max(key) FROM periods").fetchone()
        return row[0]

    def registry(self) -> UnitRegistry:
        units: dict[int, Unit] = {}
        for uid, name, short in self.conn.execute("SELECT id, name, short FROM units"):
            units[uid] = Unit(name, short, [])
        for alias, uid in self.conn.execute("SELECT alias, unit_id FROM unit_aliases"):
            units[uid].aliases.append(alias)
        return UnitRegistry(list(units.values()))

    def resolve_unit(self, name: str) -> str:
        """Canonical name for a name, alias or abbreviation (发改 → 市发展和改革委员会); InputError
        when no unit has it, or several match it as well (named)."""
        registry = self.registry()
        canonical = registry.resolve_loose(name)
        if canonical is None:
            found = registry.find(name)
            if found:
                raise InputError(f"“{name}”可指多个单位：{'、'.join(found[:5])}，请写得更具体")
            raise InputError(f"未知单位：{name}")
        return canonical

    def lead_unit_names(self) -> list[str]:
        """Units that lead at least one task, in task order of first appearance."""
        rows = self.conn.execute(
            "SELECT u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "JOIN tasks t ON t.id = tu.task_id WHERE tu.role = 'lead' "
            "GROUP BY u.id ORDER BY min(t.seq)").fetchall()
        return [r[0] for r in rows]

    def unit_list(self) -> list[dict]:
        """Every unit with its short name, aliases and how many tasks it leads / cooperates on."""
        rows = self.conn.execute(
            "SELECT u.id, u.name, u.short, "
            "(SELECT count(*) FROM task_units tu WHERE tu.unit_id = u.id AND tu.role = 'lead'), "
            "(SELECT count(*) FROM task_units tu WHERE tu.unit_id = u.id AND tu.role = 'coop') "
            "FROM units u ORDER BY u.name").fetchall()
        aliases: dict[int, list[str]] = {}
        for alias, uid in self.conn.execute("SELECT alias, unit_id FROM unit_aliases ORDER BY alias"):
            aliases.setdefault(uid, []).append(alias)
        return [{"name": r[1], "short": r[2], "aliases": aliases.get(r[0], []), "leads": r[3],
                 "coops": r[4]} for r in rows]

    def set_unit_names(self, unit: str, short: str, aliases: list[str]) -> None:
        """Replace a unit's short name and aliases; an alias another unit holds is refused."""
        canonical = self.resolve_unit(unit)
        clean = [a for a in dict.fromkeys(normalise(a) for a in aliases) if a and a != canonical]
        with self.transaction() as c:
            uid = c.execute("SELECT id FROM units WHERE name = ?", (canonical,)).fetchone()[0]
            for alias in clean:
                other = c.execute("SELECT u.name FROM units u WHERE u.name = ? AND u.id != ? UNION "
                                  "SELECT u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
                                  "WHERE a.alias = ? AND a.unit_id != ?",
                                  (alias, uid, alias, uid)).fetchone()
                if other:
                    raise InputError(f"简称“{alias}”已属于 {other[0]}")
            c.execute("UPDATE units SET short = ? WHERE id = ?", (short.strip(), uid))
            c.execute("DELETE FROM unit_aliases WHERE unit_id = ?", (uid,))
            c.executemany("INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)",
                          [(a, uid) for a in clean])

    def merge_unit(self, name: str, into: str) -> None:
        """The user says `name` (e.g. an unknown name from an import) is `into`: its tasks move
        over and `name` becomes an alias, so later imports resolve it."""
        source = normalise(name)
        target = self.resolve_unit(into)
        with self.transaction() as c:
            row = c.execute("SELECT id FROM units WHERE name = ?", (source,)).fetchone()
            if row is None:
                raise InputError(f"没有名为“{source}”的单位")
            tid = c.execute("SELECT id FROM units WHERE name = ?", (target,)).fetchone()[0]
            if row[0] == tid:
                raise InputError(f"“{source}”就是 {target}")
            c.execute("INSERT OR IGNORE INTO task_units (task_id, unit_id, role, pos) "
                      "SELECT task_id, ?, role, pos FROM task_units WHERE unit_id = ?", (tid, row[0]))
            c.execute("DELETE FROM task_units WHERE unit_id = ?", (row[0],))
            c.execute("UPDATE unit_aliases SET unit_id = ? WHERE unit_id = ?", (tid, row[0]))
            c.execute("UPDATE submissions SET unit_id = ? WHERE unit_id = ?", (tid, row[0]))
            c.execute("UPDATE reviews SET unit_id = ? WHERE unit_id = ?", (tid, row[0]))
            c.execute("DELETE FROM units WHERE id = ?", (row[0],))
            c.execute("INSERT OR REPLACE INTO unit_aliases (alias, unit_id) VALUES (?, ?)", (source, tid))

    # --- reading tasks -------------------------------------------------------------

    _ROWS_SQL = f"""
        SELECT t.id, t.no, t.seq, t.section, t.text, t.target, t.deadline, t.indicator_target,
               t.extra, {", ".join(f"e.{k}" for k in FIELD_KEYS)}, e.updated_at
        FROM tasks t
        LEFT JOIN entries e ON e.task_id = t.id AND e.period_id = ?
        WHERE t.plan_id = ?
    """

    _UNITS_SQL = """
        SELECT tu.task_id, tu.role, u.name FROM task_units tu
        JOIN units u ON u.id = tu.unit_id JOIN tasks t ON t.id = tu.task_id
        WHERE t.plan_id = ?
    """

    def task_rows(self, period_key: str | None, task_ids: list[int] | None = None) -> list[TaskRow]:
        """Every task of the period's plan with its entry for the period, in printed order.

        None: a list without any period yet (a new year's list): its tasks, no entries."""
        if period_key is None:
            plan = self.plan_info()
            pid, plan_id = -1, plan["id"] if plan else -1
        else:
            pid = self.period(period_key).id
            plan_id = self.conn.execute("SELECT plan_id FROM periods WHERE id = ?", (pid,)).fetchone()[0]
        sql, args = self._ROWS_SQL, [pid, plan_id]
        units_sql, units_args = self._UNITS_SQL, [plan_id]
        if task_ids is not None:
            some = f" AND t.id IN ({','.join('?' * len(task_ids))})"
            sql, units_sql = sql + some, units_sql + some
            args, units_args = args + task_ids, units_args + task_ids
        with _no_gc_pauses():
            # one query for every row's units: a subquery per task read 50,000 tasks twice as slowly
            units: dict[tuple[int, str], list[str]] = {}
            names: dict[str, str] = {}  # one string a unit name, a status word, a save time
            for task_id, role, name in self.conn.execute(
                    units_sql + " ORDER BY tu.task_id, tu.role, tu.pos", units_args):
                units.setdefault((task_id, role), []).append(names.setdefault(name, name))
            # rows straight from the cursor: the whole result is never held twice
            return [_task_row(r, units, names) for r in self.conn.execute(sql + " ORDER BY t.seq, t.no", args)]

    def search(self, text: str, period_key: str | None) -> set[int]:
        """Ids of tasks whose text, or whose entry in the period, holds `text` (Chinese substrings too)."""
        text = text.strip()
        if not text:
            raise InputError("搜索内容为空")
        pid = self.period(period_key).id if period_key else -1  # no period: task text only
        if len(text) >= 3:  # the trigram index answers; shorter needles scan
            rows = matching_tasks(self.conn, '"' + text.replace('"', '""') + '"', pid)
        else:
            rows = self.conn.execute(
                "SELECT id FROM tasks WHERE instr(text, ?1) UNION "
                "SELECT task_id FROM entries WHERE period_id = ?2 AND "
                "(instr(progress, ?1) OR instr(next_steps, ?1) OR instr(reason, ?1))", (text, pid))
        return {r[0] for r in rows}

    def task_ids_for(self, unit: str, role: str = "lead") -> set[int]:
        """Tasks a unit leads (or cooperates on); statuses are filtered on the rows (query.row_filter)."""
        return {r[0] for r in self.conn.execute(
            "SELECT tu.task_id FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "WHERE u.name = ? AND tu.role = ?", (self.resolve_unit(unit), role))}

    def task_id(self, no: str, period_key: str) -> int:
        year = P.split_key(period_key)[0]
        row = self.conn.execute(
            "SELECT t.id FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.year = ? AND t.no = ?",
            (year, str(no))).fetchone()
        if row is None:
            raise InputError(f"没有序号为 {no} 的任务")
        return row[0]

    def task_history(self, task_id: int) -> list[tuple[PeriodInfo, TaskRow]]:
        """A task's entry in every period of its plan, oldest first."""
        out = []
        for p in self.periods():
            rows = self.task_rows(p.key, [task_id])
            if rows:
                out.append((p, rows[0]))
        return out

    def entry_log(self, task_id: int, period_key: str) -> list[dict]:
        pid = self.period(period_key).id
        rows = self.conn.execute(
            "SELECT l.field, l.old, l.new, l.at, l.author FROM entry_log l "
            "JOIN entries e ON e.id = l.entry_id WHERE e.task_id = ? AND e.period_id = ? "
            "ORDER BY l.id", (task_id, pid)).fetchall()
        return [dict(zip(("field", "old", "new", "at", "author"), r, strict=False)) for r in rows]

    # --- writing entries ------------------------------------------------------------

    def save_entry(self, task_id: int, period_key: str, changes: dict, author: str = "",
                   expected: dict | None = None) -> bool:
        """Write changed entry fields in one transaction, logging each change. True if anything changed.

        `expected`: the values the editor loaded; when the stored value of such a field is another
        (changed elsewhere meanwhile), nothing is written and StaleValue names it."""
        bad = set(changes) - set(ENTRY_FIELDS)
        if bad:
            raise ValueError(f"unknown entry fields: {sorted(bad)}")
        p = self.period(period_key)
        if p.closed:
            raise InputError(f"期间 {p.label} 已关闭，不能修改")
        from chizhou_desk.textclean import clean_text

        changes = {k: clean_text(v) if isinstance(v, str) else v for k, v in changes.items()}
        if "status" in changes:
            changes = {**changes, "status": clean_status(changes["status"])}
            if changes["status"] not in (None, *self.statuses(period_key)):
                raise InputError(f"工作评价不在本清单的选项中：{changes['status']}")
        value = changes.get("indicator")
        if isinstance(value, float) and not math.isfinite(value):
            raise InputError(f"指标值不是有限的数：{value}")
        with self.transaction() as c:
            if expected:
                row = c.execute(f"SELECT {', '.join(ENTRY_FIELDS)} FROM entries "
                                "WHERE task_id = ? AND period_id = ?", (task_id, p.id)).fetchone()
                stored = dict(zip(ENTRY_FIELDS, row, strict=False)) if row else dict(Entry().__dict__)
                _compare(expected, stored)
            return self.write_entry(c, task_id, p.id, changes, author, now()) is not None

    def write_entry(self, c, task_id, period_id, changes, author, at) -> int | None:
        """Inside a transaction `c`: the changed fields of one entry, their log lines and its index row;
        the entry's id, or None when nothing changed."""
        row = c.execute(f"SELECT id, {', '.join(ENTRY_FIELDS)} FROM entries "
                        "WHERE task_id = ? AND period_id = ?", (task_id, period_id)).fetchone()
        if row is None:
            old = dict(Entry().__dict__)
            entry_id = None
        else:
            entry_id, old = row[0], dict(zip(ENTRY_FIELDS, row[1:], strict=False))
        diff = {k: v for k, v in changes.items() if _norm(v) != _norm(old.get(k))}
        if not diff:
            return None
        if entry_id is None:
            values = {**old, **diff}
            entry_id = c.execute(
                f"INSERT INTO entries (task_id, period_id, {', '.join(ENTRY_FIELDS)}, updated_at) "
                f"VALUES (?, ?, {', '.join('?' * len(ENTRY_FIELDS))}, ?)",
                (task_id, period_id, *(values[k] for k in ENTRY_FIELDS), at)).lastrowid
        else:
            sets = ", ".join(f"{k} = ?" for k in diff)
            c.execute(f"UPDATE entries SET {sets}, updated_at = ? WHERE id = ?",
                      (*diff.values(), at, entry_id))
        c.executemany("INSERT INTO entry_log (entry_id, field, old, new, at, author) "
                      "VALUES (?, ?, ?, ?, ?, ?)",
                      [(entry_id, k, _log_value(old.get(k)), _log_value(v), at, author)
                       for k, v in diff.items()])
        if set(diff) & set(TEXT_FIELDS):
            reindex_entry(c, task_id, period_id)
        return entry_id

    def set_indicator_target(self, task_id: int, value: float | None, expected=...) -> bool:
        """The task's numeric yearly target (all periods); None goes back to reading the task text."""
        if isinstance(value, float) and not math.isfinite(value):
            raise InputError(f"目标值不是有限的数：{value}")
        with self.transaction() as c:
            if expected is not ...:
                row = c.execute("SELECT indicator_target FROM tasks WHERE id = ?", (task_id,)).fetchone()
                _compare({"indicator_target": expected}, {"indicator_target": row[0] if row else None})
            return c.execute("UPDATE tasks SET indicator_target = ? WHERE id = ? "
                             "AND indicator_target IS NOT ?", (value, task_id, value)).rowcount > 0

    # --- periods ---------------------------------------------------------------------

    def create_period(self, key: str, carry_status: bool = True, copy_texts: bool = False,
                      due_date: str | None = None) -> PeriodInfo:
        """Add a period to its year's plan, seeding entries from the latest earlier period."""
        year, _ = P.split_key(key)
        plan = self.plan_info(year)
        if plan is None:
            raise InputError(f"没有 {year} 年的清单")
        if any(p.key == key for p in self.periods()):
            raise InputError(f"期间 {P.label(key)} 已存在")
        with self.transaction() as c:
            self._add_period(c, plan["id"], key, carry_status, copy_texts, due_date)
        return self.period(key)

    def _add_period(self, c, plan_id: int, key: str, carry_status: bool, copy_texts: bool,
                    due_date: str | None) -> int:
        previous = self.previous_period(key)
        pid = c.execute("INSERT INTO periods (plan_id, key, label, due_date) VALUES (?, ?, ?, ?)",
                        (plan_id, key, P.label(key), due_date)).lastrowid
        if previous and (carry_status or copy_texts):
            src = self.period(previous).id
            cols = [k for k in CARRIED_FIELDS if (carry_status if k == "status" else copy_texts)]
            at = now()
            for task_id, *values in c.execute(
                    f"SELECT task_id, {', '.join(cols)} FROM entries WHERE period_id = ?", (src,)).fetchall():
                self.write_entry(c, task_id, pid, dict(zip(cols, values, strict=False)), "", at)
        return pid

    def set_period(self, key: str, *, due_date: str | None = None, closed: bool | None = None) -> None:
        p = self.period(key)
        with self.transaction() as c:
            if due_date is not None:
                c.execute("UPDATE periods SET due_date = ? WHERE id = ?", (due_date or None, p.id))
            if closed is not None:
                c.execute("UPDATE periods SET closed = ? WHERE id = ?", (int(closed), p.id))

    # --- importing ------------------------------------------------------------------

    def import_table(self, table: ImportedTable) -> ImportResult:
        """Merge an imported table in one transaction: tasks upserted by number, entries by period."""
        return self.import_tables([table])[0]

    def import_tables(self, tables: list[ImportedTable], new_periods=()) -> list[ImportResult]:
        """Several files in one transaction: a failure in a later file undoes the earlier ones.

        new_periods: periods the office opens for its units' files in the same transaction (the
        merge's 新建期间并导入, `import --new-period`); each must be new and its year's list here."""
        from chizhou_desk.imports.feedback import Feedback
        from chizhou_desk.store_import import merge_table
        from chizhou_desk.textclean import clean_table

        for table in tables:  # one text rule for all that enters the store (textclean.py)
            clean_table(table)
        opening = []
        for key in dict.fromkeys(new_periods):
            plan = self.plan_info(P.split_key(key)[0])
            if plan is None:
                raise InputError(f"本库没有 {P.split_key(key)[0]} 年的清单，无法新建期间 {P.label(key)}")
            if not any(p.key == key for p in self.periods()):
                opening.append((plan["id"], key))
        with self.transaction() as c:
            for plan_id, key in opening:
                self._add_period(c, plan_id, key, False, False, None)
            out = []
            for table in tables:  # the office's 退回单 among the files: its comments are stored
                if isinstance(table, Feedback):
                    from chizhou_desk.store_review import merge_feedback

                    out.append(merge_feedback(self, c, table))
                else:
                    out.append(merge_table(self, c, table))
                    if table.attachments is not None:  # a package's 佐证材料 (issue 30)
                        from chizhou_desk.store_attachments import merge_imported

                        merge_imported(c, table, out[-1])
            return out

    def record_submission(self, c, unit: str | None, period_id: int, file_name: str, sha: str, *,
                          filler: str = "", phone: str = ""):
        uid = None
        if unit:
            row = c.execute("SELECT id FROM units WHERE name = ?", (unit,)).fetchone()
            uid = row[0] if row else None
        c.execute("INSERT INTO submissions (unit_id, period_id, file_name, sha256, imported_at, filler, phone) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)", (uid, period_id, file_name, sha, now(), filler, phone))

    # --- the office's verdicts (已采纳 / 退回) ---------------------------------------------

    def review(self, unit: str, period_key: str, verdict: str, reason: str = "",
               task_no: str | None = None) -> None:
        """The office accepts or returns the unit's latest submission for the period (a reason for
        the file, or for one task); see store_review.mark."""
        from chizhou_desk.store_review import mark

        mark(self, unit, period_key, verdict, reason, task_no)

    def reviews(self, period_key: str) -> dict:
        """unit -> store_review.Review: the current verdict and comments per unit for the period."""
        from chizhou_desk.store_review import current

        return current(self, period_key)

    # --- integrity -------------------------------------------------------------------

    def content_checksum(self) -> str:
        """sha256 over every row of every table: equal before and after a refused import."""
        import hashlib

        h = hashlib.sha256()
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' "
            "ORDER BY name")]
        for name in names:
            h.update(name.encode())
            for row in self.conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                h.update(repr(row).encode())
        return h.hexdigest()


# the columns _ROWS_SQL selects, by name: a task and its entry for the period
_ROW_COLUMNS = ("id", "no", "seq", "section", "text", "target", "deadline", "indicator_target", "extra",
                *FIELD_KEYS, "updated_at")
_EMPTY_TEXT = tuple(k for k, v in empty_entry_values().items() if v == "")


@contextmanager
def _no_gc_pauses():
    """Reading 50,000 rows makes ~200,000 objects: the cyclic collector would walk them all
    several times meanwhile, finding no garbage (halving the read); it waits until they are built."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _task_row(r: tuple, units: dict[tuple[int, str], list[str]], shared: dict[str, str]) -> TaskRow:
    d = dict(zip(_ROW_COLUMNS, r, strict=True))
    d["extra"] = json.loads(d["extra"]) if d["extra"] and d["extra"] != "{}" else {}
    d["lead_units"] = units.get((d["id"], "lead"), [])
    d["coop_units"] = units.get((d["id"], "coop"), [])
    for k in ("status", "updated_at"):  # the same few values in thousands of rows
        if d[k] is not None:
            d[k] = shared.setdefault(d[k], d[k])
    for k in _EMPTY_TEXT:  # no entry yet: empty text, as an Entry has
        if d[k] is None:
            d[k] = ""
    return TaskRow(**d)


def _norm(v):
    from chizhou_desk.textclean import clean_text

    return "" if v is None else clean_text(v) if isinstance(v, str) else v


def _compare(expected: dict, stored: dict) -> None:
    for k, v in expected.items():
        if _norm(v) != _norm(stored.get(k)):
            raise StaleValue("已在别处修改(另一个窗口或导入)，未覆盖", k, stored.get(k))


def writable(path: Path) -> bool:
    """The file can be written and its journal beside it made: not a read-only file (its
    read-only attribute counts even for root) nor a read-only folder or medium."""
    try:
        if not path.stat().st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            return False
    except OSError:
        return False
    folder = path.parent
    if os.access(folder, os.W_OK):
        return True
    side = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    return all(p.exists() and os.access(p, os.W_OK) for p in side)


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """mode=ro reads a WAL database when its -shm exists or can be made; on a read-only medium
    without one, immutable=1 (nobody can be writing a file there)."""
    uri = path.resolve().as_uri()
    error = sqlite3.OperationalError("unreadable")
    for query in ("?mode=ro", "?immutable=1"):
        conn = sqlite3.connect(uri + query, uri=True, timeout=timeout)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            error = exc
    raise error


def _create_private(path: Path) -> None:
    """A new database file readable by its owner only (0600 on POSIX; -wal/-shm follow it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _check_kind(path: Path) -> None:
    """A folder, a FIFO or a device is named as such (a FIFO would block the read forever)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(f"无法访问({exc.strerror})", file=str(path)) from exc
    if stat.S_ISDIR(mode):
        raise InputError("这是一个文件夹，不是数据库文件", file=str(path))
    if not stat.S_ISREG(mode):
        raise InputError("这不是普通文件(管道或设备)，不能作为数据库打开", file=str(path))


def _log_value(v):
    return None if v is None else str(v)


def check_is_ours(path: Path) -> None:
    with open(path, "rb") as f:
        head = f.read(100)
    if not head.startswith(b"SQLite format 3\x00"):
        raise InputError("不是 SQLite 数据库文件", file=str(path))
    app_id = int.from_bytes(head[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise InputError("不是本程序的数据库(application_id 不符)", file=str(path))

