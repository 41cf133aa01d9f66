"""The SQLite schema as migrations: version -> SQL, each applied in one transaction."""

import sqlite3

APPLICATION_ID = 0x43485A44  # "CHZD"

MIGRATIONS: dict[int, str] = {
    1: """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    doc_no TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    statuses TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    short TEXT NOT NULL DEFAULT ''
);
CREATE TABLE unit_aliases (
    alias TEXT PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    no TEXT NOT NULL,
    seq INTEGER NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (plan_id, no)
);
CREATE TABLE task_units (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'coop')),
    pos INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id, role)
);
CREATE INDEX task_units_by_unit ON task_units (unit_id, role);
CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    due_date TEXT,
    closed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, key)
);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
    status TEXT,
    progress TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    indicator REAL,
    rank TEXT NOT NULL DEFAULT '',
    updated_at TEXT,
    UNIQUE (task_id, period_id)
);
CREATE INDEX entries_by_period ON entries (period_id, status);
CREATE TABLE entry_log (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    at TEXT NOT NULL
);
CREATE INDEX entry_log_by_entry ON entry_log (entry_id);
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER REFERENCES units(id),
    period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
""",
    # 2: comments and authors, numeric targets, and the Chinese full-text index.
    2: """
ALTER TABLE entries ADD COLUMN comment TEXT NOT NULL DEFAULT '';
ALTER TABLE entry_log ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN indicator_target REAL;
CREATE VIRTUAL TABLE search_index USING fts5(
    body, task_id UNINDEXED, period_id UNINDEXED, tokenize = 'trigram'
);
INSERT INTO search_index (body, task_id, period_id) SELECT text, id, NULL FROM tasks;
INSERT INTO search_index (body, task_id, period_id)
    SELECT progress || char(10) || plan || char(10) || reason, task_id, period_id FROM entries;
""",
    # 3: index rows get fixed rowids (a task's text: -task id, an entry's texts: the entry id), so
    # re-indexing one entry deletes by rowid instead of scanning the whole index (UNINDEXED
    # columns cannot be searched by an index; at 100,000 entries a save took a full scan).
    3: """
DELETE FROM search_index;
INSERT INTO search_index (rowid, body, task_id, period_id)
    SELECT -id, text, id, NULL FROM tasks ORDER BY -id;
INSERT INTO search_index (rowid, body, task_id, period_id)
    SELECT id, progress || char(10) || plan || char(10) || reason, task_id, period_id FROM entries
    ORDER BY id;
""",
    # 4: FTS5 flushes its in-memory terms to a new segment every 1 MB by default; a 10,000-row import
    # then writes and merges dozens of segments. 16 MB flushes once (import 25% faster).
    4: """
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216);
""",
    # 5: how the user settled a list's columns, per layout (the header's words), so next month's
    # file of the same layout is read the same way by the window and the command line.
    5: """
CREATE TABLE import_layouts (
    signature TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
""",
    # 6: every plan used to offer 滞后 and 未启动 although Chizhou's list uses three words; a plan
    # still holding that old list keeps the three and the words its entries use (issue 14)
    6: """
UPDATE plans SET statuses = (
    SELECT json_group_array(word) FROM (
        SELECT word, min(rank) AS r FROM (
            SELECT '已完成' AS word, 0 AS rank UNION ALL SELECT '序时推进', 1 UNION ALL SELECT '未达预期', 2
            UNION ALL
            SELECT e.status, CASE e.status WHEN '滞后' THEN 3 WHEN '未启动' THEN 4 ELSE 5 END
            FROM entries e JOIN periods p ON p.id = e.period_id
            WHERE p.plan_id = plans.id AND e.status IS NOT NULL AND e.status <> '')
        GROUP BY word ORDER BY r, word))
WHERE statuses LIKE '["已完成", "序时推进", "未达预期", "滞后", "未启动"%';
""",
    # 7: the office's verdict on a unit's submission (已采纳 / 退回, a reason for the file or per
    # task), in the office's database against the file judged and, in a unit's database, as the
    # office's 退回单 brought it (submission_id NULL, source = that file); and the liaison's name
    # and phone of each submission, so the 催报 list no longer needs the file at its imported path
    # (issue 15)
    7: """
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
    submission_id INTEGER REFERENCES submissions(id) ON DELETE CASCADE,
    task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'returned')),
    reason TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_by_unit ON reviews (unit_id, period_id);
ALTER TABLE submissions ADD COLUMN filler TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN phone TEXT NOT NULL DEFAULT '';
""",
    # 8: "plan" meant both the year's list (plans) and an entry's next steps (近期工作安排); the
    # entry's field is next_steps from here on, in the entries table and in the change log (issue 16)
    8: """
ALTER TABLE entries RENAME COLUMN plan TO next_steps;
UPDATE entry_log SET field = 'next_steps' WHERE field = 'plan';
""",
    # 9: a plan's status words move from the JSON column plans.statuses into rows, each with the
    # meaning and colour the office may set (NULL: read from the word / its default colour), so
    # a city's own words (欠进度, 推进缓慢 …) light and ask for reasons as the office decides
    # (issue 14). A plan with an empty list had Chizhou's three words; it gets them now.
    # plans.statuses stays, emptied and never read: DROP COLUMN needs SQLite 3.35 (the bullseye
    # build has 3.34), and rebuilding plans would cascade-delete its tasks (foreign_keys=ON).
    9: """
CREATE TABLE status_words (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    word TEXT NOT NULL CHECK (word <> ''),
    meaning TEXT CHECK (meaning IN ('done', 'on_track', 'behind', 'not_started')),
    colour TEXT CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    PRIMARY KEY (plan_id, word),
    UNIQUE (plan_id, pos)
);
INSERT OR IGNORE INTO status_words (plan_id, pos, word)
    SELECT p.id, CAST(j.key AS INTEGER), trim(j.value)
    FROM plans p,
         json_each(CASE WHEN json_valid(p.statuses) AND json_array_length(p.statuses) > 0 THEN p.statuses
                   ELSE '["已完成", "序时推进", "未达预期"]' END) j
    WHERE j.type = 'text' AND trim(j.value) <> ''
    ORDER BY p.id, CAST(j.key AS INTEGER);
UPDATE plans SET statuses = '[]';
""",
    # 10: the list's issuing office (署名), one of its own facts (清单信息) with its name, 文号 and
    # city; the report signs with it (issue 24)
    10: """
ALTER TABLE plans ADD COLUMN office TEXT NOT NULL DEFAULT '';
""",
    # 11: 佐证材料, the files attached to a task's entry for a period (issue 30), kept as blobs in
    # the database so the daily backups, restore and the one-file copy carry them with the text.
    # unit: '' for a file attached here, else the unit whose package brought it (the office).
    11: """
CREATE TABLE IF NOT EXISTS attachments (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
    unit TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (task_id, period_id, unit, name)
);
CREATE INDEX IF NOT EXISTS attachments_by_period ON attachments (period_id, task_id);
""",
}

SCHEMA_VERSION = max(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split a script into statements without executescript(), which would commit."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
