"""One list of an entry's fields (domain.ENTRY_FIELDS): the dataclass, the table, the rows, the
editor's undo names and an import all follow it, so a new field is added in one place."""

import dataclasses

from chizhou_desk.domain import CARRIED_FIELDS, ENTRY_FIELDS, FIELD_KEYS, TEXT_FIELDS, Entry, empty_entry_values
from chizhou_desk.store import Store, TaskRow


def test_entry_and_task_rows_carry_every_field():
    assert tuple(f.name for f in dataclasses.fields(Entry)) == FIELD_KEYS
    assert set(FIELD_KEYS) <= {f.name for f in dataclasses.fields(TaskRow)}
    assert empty_entry_values() == dataclasses.asdict(Entry())
    assert TEXT_FIELDS == ("progress", "next_steps", "reason") and len({f.label for f in ENTRY_FIELDS}) == len(FIELD_KEYS)


def test_the_entries_table_has_a_column_per_field_and_rows_are_read_by_name(store):
    columns = [r[1] for r in store.conn.execute("PRAGMA table_info(entries)")]
    assert set(FIELD_KEYS) <= set(columns)
    tid = store.task_id("2", "2025-05")
    store.save_entry(tid, "2025-05", {"comment": "备注一", "rank": "第5位", "indicator": 5.1})
    (row,) = store.task_rows("2025-05", [tid])
    assert (row.no, row.comment, row.rank, row.indicator, row.status) == ("2", "备注一", "第5位", 5.1, "未达预期")
    empty = Store.task_rows(store, None)  # no period: every entry field empty, as an Entry has
    assert all(getattr(empty[0], k) == v for k, v in empty_entry_values().items())


def test_the_undo_commands_name_every_field():
    from chizhou_desk.gui.commands import FIELD_NAMES, TASK_FIELDS

    assert set(FIELD_NAMES) == set(FIELD_KEYS) | set(TASK_FIELDS)


def test_a_new_period_copies_every_carried_field_and_not_the_remark(store):
    tid = store.task_id("2", "2025-05")
    values = {"next_steps": "七月验收。", "reason": "需求下降。", "indicator": 5.1, "rank": "第5位", "comment": "仅本期"}
    store.save_entry(tid, "2025-05", values)
    store.create_period("2025-06", copy_texts=True)
    old, (new,) = store.task_rows("2025-05", [tid])[0], store.task_rows("2025-06", [tid])
    assert {k: getattr(new, k) for k in CARRIED_FIELDS} == {k: getattr(old, k) for k in CARRIED_FIELDS}
    assert "comment" not in CARRIED_FIELDS and new.comment == "" and new.next_steps == "七月验收。"
