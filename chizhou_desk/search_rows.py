"""The full-text index's row ids, in one place (schema 3).

A task's text is index row -task_id; an entry's texts (progress, next steps, reason) are row
entry_id. Rows are replaced by id, so a save never scans the index, and a search reads only
rowids: reading the UNINDEXED columns would fetch every match's content row in every period.
FTS5 appends cheaply in ascending rowid order, so task rows go in by descending task id.
"""

from __future__ import annotations

ENTRY_BODY = "progress || char(10) || next_steps || char(10) || reason"


def task_row(task_id: int) -> int:
    return -task_id


def index_tasks_from(c, first_task_id: int) -> None:
    """Index rows of the tasks inserted with ids from first_task_id on."""
    c.execute("INSERT INTO search_index (rowid, body, task_id, period_id) "
              "SELECT -id, text, id, NULL FROM tasks WHERE id >= ? ORDER BY id DESC", (first_task_id,))


def reindex_tasks(c, tasks: list[tuple[int, str]]) -> None:
    """(task id, new text) of tasks whose text changed."""
    c.executemany("DELETE FROM search_index WHERE rowid = ?", [(task_row(tid),) for tid, _ in tasks])
    c.executemany("INSERT INTO search_index (rowid, body, task_id, period_id) VALUES (?, ?, ?, NULL)",
                  sorted((task_row(tid), text, tid) for tid, text in tasks))


def index_entries_from(c, first_entry_id: int) -> None:
    """Index rows of the entries inserted with ids from first_entry_id on."""
    c.execute("INSERT INTO search_index (rowid, body, task_id, period_id) "
              f"SELECT id, {ENTRY_BODY}, task_id, period_id FROM entries WHERE id >= ? ORDER BY id",
              (first_entry_id,))


def reindex_entry(c, task_id: int, period_id: int) -> None:
    row = c.execute(f"SELECT id, {ENTRY_BODY} FROM entries WHERE task_id = ? AND period_id = ?",
                    (task_id, period_id)).fetchone()
    if row is not None:
        c.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
        c.execute("INSERT INTO search_index (rowid, body, task_id, period_id) VALUES (?, ?, ?, ?)",
                  (row[0], row[1], task_id, period_id))


def matching_tasks(conn, phrase: str, period_id: int):
    """Tasks whose text, or whose entry in the period, matches the FTS phrase."""
    return conn.execute(
        "SELECT -rowid FROM search_index WHERE search_index MATCH ?1 AND rowid < 0 "
        "UNION SELECT e.task_id FROM entries e WHERE e.period_id = ?2 AND e.id IN "
        "(SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND rowid > 0)",
        (phrase, period_id))


class RowTexts:
    """The searched texts of rows already loaded (a task's text and its entry's progress, next
    steps and reason in the period), lower-cased once on the first search: a keystroke scans
    memory, any needle length (the trigram index cannot serve 2 characters; reading the period's
    entries back from SQLite for them took 11 ms at 10,000 tasks). Measured against a bigram
    index in bench/bench_search.py. Matching ignores case, as the trigram index does."""

    SEP = "\x1f"  # between fields: a needle never spans two of them

    def __init__(self, rows) -> None:
        self._rows = rows
        self._texts: dict[int, str] | None = None

    def texts(self) -> dict[int, str]:
        if self._texts is None:
            self._texts = {r.id: _searched(r) for r in self._rows}
        return self._texts

    def update(self, row) -> None:
        """A row saved since: its new texts."""
        if self._texts is not None:
            self._texts[row.id] = _searched(row)

    def matching(self, needle: str) -> set[int]:
        """Ids of the rows holding `needle` (stripped) in one of their texts."""
        needle = needle.strip().lower()
        if not needle:
            from chizhou_desk.errors import InputError

            raise InputError("搜索内容为空")
        return {task_id for task_id, text in self.texts().items() if needle in text}


def _searched(row) -> str:
    return RowTexts.SEP.join((row.text, row.progress, row.next_steps, row.reason)).lower()
