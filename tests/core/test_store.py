"""The SQLite store: migrations, refusing foreign files, atomic imports, saving entries."""

import sqlite3

import pytest
from old_db import old_database

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError
from chizhou_desk.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from chizhou_desk.store import Store


def build_v1(path):
    """A version-1 database as the first release wrote it, by hand, with one task and its entry."""
    conn = old_database(path, 1)
    conn.execute("INSERT INTO plans (id, year, title) VALUES (1, 2025, '2025年重点工作责任清单')")
    conn.execute("INSERT INTO units (id, name) VALUES (1, '市发展改革委')")
    conn.execute("INSERT INTO unit_aliases (alias, unit_id) VALUES ('市发改委', 1)")
    conn.execute("INSERT INTO tasks (id, plan_id, no, seq, text) "
                 "VALUES (1, 1, '1', 1, '推进镁基新材料产业集群建设。')")
    conn.execute("INSERT INTO tasks (id, plan_id, no, seq, text) VALUES (2, 1, '2', 2, '其他任务。')")
    conn.execute("INSERT INTO task_units (task_id, unit_id, role) VALUES (1, 1, 'lead')")
    conn.execute("INSERT INTO periods (id, plan_id, key, label) VALUES (1, 1, '2025-05', '1-5月份')")
    conn.execute("INSERT INTO entries (task_id, period_id, status, progress, plan, updated_at) "
                 "VALUES (2, 1, '未达预期', '受市场需求影响,产值下降。', '加强调度。', '2025-06-01T10:00:00')")
    conn.commit()
    conn.close()


def test_version_1_database_is_migrated_with_a_backup_beside_it(db_path):
    build_v1(db_path)
    with Store(db_path) as s:
        assert s.version == SCHEMA_VERSION > 1
        assert s.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        rows = s.task_rows("2025-05")
        assert [r.text for r in rows] == ["推进镁基新材料产业集群建设。", "其他任务。"]
        assert rows[0].lead_units == ["市发展改革委"]
        assert (rows[1].status, rows[1].progress, rows[1].comment) == ("未达预期", "受市场需求影响,产值下降。", "")
        # the full-text index was built from the old rows: task text and entry text both match
        assert s.search("镁基新材料", "2025-05") == {1}
        assert s.search("市场需求", "2025-05") == {2}
        assert s.task_ids_for(unit="市发改委") == {1}
        backup = s.backup_path
    assert backup is not None and backup.parent == db_path.parent and backup.exists()
    assert backup.name.startswith(db_path.name)
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM tasks").fetchone()[0] == 2
    old.close()


def build_v7(path):
    """A version-7 database, where an entry's next steps were the column `plan`, with a logged edit."""
    conn = old_database(path, 7)
    conn.execute("INSERT INTO plans (id, year, title) VALUES (1, 2025, '2025年重点工作责任清单')")
    conn.execute("INSERT INTO tasks (id, plan_id, no, seq, text) VALUES (1, 1, '1', 1, '建设智慧停车平台。')")
    conn.execute("INSERT INTO periods (id, plan_id, key, label) VALUES (1, 1, '2025-05', '1-5月份')")
    conn.execute("INSERT INTO entries (id, task_id, period_id, status, progress, plan) "
                 "VALUES (1, 1, 1, '序时推进', '完成招标。', '六月底前上线试运行。')")
    conn.execute("INSERT INTO entry_log (entry_id, field, old, new, at) "
                 "VALUES (1, 'plan', '', '六月底前上线试运行。', '2025-06-01T10:00:00')")
    conn.execute("INSERT INTO search_index (rowid, body, task_id, period_id) "
                 "VALUES (1, '完成招标。' || char(10) || '六月底前上线试运行。', 1, 1)")
    conn.commit()
    conn.close()


def test_version_7_next_steps_move_from_plan_to_next_steps(db_path):
    build_v7(db_path)
    with Store(db_path) as s:
        assert s.version == SCHEMA_VERSION
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(entries)")]
        assert "next_steps" in cols and "plan" not in cols
        row = s.task_rows("2025-05")[0]
        assert (row.progress, row.next_steps) == ("完成招标。", "六月底前上线试运行。")
        assert [(e["field"], e["new"]) for e in s.entry_log(1, "2025-05")] == [("next_steps", "六月底前上线试运行。")]
        assert s.search("上线试运行", "2025-05") == {1}
        assert s.save_entry(1, "2025-05", {"next_steps": "七月验收。"})  # the renamed column is written
        assert s.task_rows("2025-05")[0].next_steps == "七月验收。" and s.search("七月验收", "2025-05") == {1}


def test_migrated_database_opens_again_without_a_new_backup(db_path):
    build_v1(db_path)
    Store(db_path).close()
    with Store(db_path) as s:
        assert s.backup_path is None and s.version == SCHEMA_VERSION
    assert len(list(db_path.parent.glob("*.bak"))) == 1


def test_a_failing_migration_leaves_version_1(db_path, monkeypatch):
    build_v1(db_path)
    monkeypatch.setitem(MIGRATIONS, SCHEMA_VERSION + 1, "CREATE TABLE broken (;")
    monkeypatch.setattr("chizhou_desk.store.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        Store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "comment" not in [r[1] for r in conn.execute("PRAGMA table_info(entries)")]
    conn.close()


def test_fresh_database_pragmas(empty_store):
    c = empty_store.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert empty_store.backup_path is None


def test_non_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes("这不是数据库".encode() * 20)
    with pytest.raises(InputError, match="不是 SQLite") as exc:
        Store(path)
    assert "notes.db" in str(exc.value)
    assert path.read_bytes() == "这不是数据库".encode() * 20


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="application_id"):
        Store(path)


def test_newer_database_is_refused(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="升级"):
        Store(db_path)


def _plan():
    return Plan(year=2025, title="2025年池州市政府重点工作责任清单")


def test_submission_for_tasks_not_in_the_list_changes_nothing(store):
    before = store.content_checksum()
    table = ImportedTable(source="sub.xlsx", plan=_plan(), unit="市发展改革委",
                          tasks=[Task("1", "x"), Task("500", "不在清单中")], period_key="2025-06",
                          entries={"1": Entry("已完成", "完成"), "500": Entry("已完成", "完成")})
    with pytest.raises(InputError, match="500"):
        store.import_table(table)
    assert store.content_checksum() == before
    assert [p.key for p in store.periods()] == ["2025-05"]


def test_exception_in_the_middle_of_a_merge_rolls_everything_back(store):
    before = store.content_checksum()
    # task 50 is inserted first; the entry for an unknown number then fails the merge
    table = ImportedTable(source="bad.xlsx", plan=_plan(), period_key="2025-06",
                          tasks=[Task("50", "新任务五十", lead_units=["市新设局"])],
                          entries={"50": Entry("序时推进", "进展"), "999": Entry("已完成", "无此任务")})
    with pytest.raises(KeyError):
        store.import_table(table)
    assert store.content_checksum() == before
    assert store.search("新任务五十", "2025-05") == set()
    assert "市新设局" not in [n for (n,) in store.conn.execute("SELECT name FROM units")]


def test_save_entry_logs_each_change_and_reindexes(store):
    tid = store.task_id("1", "2025-05")
    assert store.save_entry(tid, "2025-05", {"status": "已完成", "progress": "全年目标提前完成。"},
                            author="张三") is True
    log = store.entry_log(tid, "2025-05")
    assert [(e["field"], e["old"], e["new"], e["author"]) for e in log[-2:]] == [
        ("status", "未达预期", "已完成", "张三"), ("progress", log[-1]["old"], "全年目标提前完成。", "张三")]
    assert log[-1]["old"].startswith("一季度")
    row = store.task_rows("2025-05", [tid])[0]
    assert row.status == "已完成" and row.updated_at
    assert tid in store.search("提前完成", "2025-05")
    assert tid not in store.search("一季度,增长6.4%", "2025-05")
    # saving the same values again is no change and logs nothing
    n = len(store.entry_log(tid, "2025-05"))
    assert store.save_entry(tid, "2025-05", {"status": "已完成"}) is False
    assert len(store.entry_log(tid, "2025-05")) == n


def test_save_entry_on_a_task_without_entry_creates_it(store):
    tid = store.task_id("49", "2025-05")
    assert store.task_rows("2025-05", [tid])[0].status is None
    store.save_entry(tid, "2025-05", {"status": "序时推进", "next_steps": "下月完成验收。"})
    row = store.task_rows("2025-05", [tid])[0]
    assert (row.status, row.next_steps) == ("序时推进", "下月完成验收。")
    assert [e["field"] for e in store.entry_log(tid, "2025-05")] == ["status", "next_steps"]
    assert tid in store.search("完成验收", "2025-05")


def test_save_entry_refuses_a_closed_period_and_unknown_words(store):
    tid = store.task_id("1", "2025-05")
    with pytest.raises(InputError, match="工作评价"):
        store.save_entry(tid, "2025-05", {"status": "差不多"})
    store.set_period("2025-05", closed=True)
    before = store.content_checksum()
    with pytest.raises(InputError, match="已关闭"):
        store.save_entry(tid, "2025-05", {"progress": "改写"})
    assert store.content_checksum() == before


def test_import_into_a_closed_period_is_refused(store, seed_path):
    from chizhou_desk.imports import read_file

    table = read_file(seed_path)
    for e in table.entries.values():
        e.progress += "(修订)"
    store.set_period("2025-05", closed=True)
    before = store.content_checksum()
    with pytest.raises(InputError, match="已关闭"):
        store.import_table(table)
    assert store.content_checksum() == before


def test_checksum_sees_a_change(store):
    before = store.content_checksum()
    store.save_entry(store.task_id("2", "2025-05"), "2025-05", {"reason": "需求不足"})
    assert store.content_checksum() != before


def test_search_two_and_three_characters(store):
    twelve, fortytwo = store.task_id("12", "2025-05"), store.task_id("42", "2025-05")
    assert store.search("镁基", "2025-05") == {twelve, fortytwo}
    assert store.search("镁基新", "2025-05") == {fortytwo}
    assert store.search("镁基、铝基", "2025-05") == {twelve}  # task text
    assert store.search("等新材料产业产值", "2025-05") == {twelve}  # entry text
    with pytest.raises(InputError):
        store.search("  ", "2025-05")


def test_editing_a_migrated_entry_replaces_its_index_row(db_path):
    build_v1(db_path)
    with Store(db_path) as s:
        s.save_entry(2, "2025-05", {"progress": "产值回升,订单增加。"})
        assert s.search("市场需求", "2025-05") == set()
        assert s.search("订单增加", "2025-05") == {2}
        assert s.conn.execute("SELECT count(*) FROM search_index WHERE task_id = 2").fetchone()[0] == 2


def test_a_new_period_is_unfilled_until_progress_is_written(store):
    """Statuses carried forward are a starting point, not a report."""
    from chizhou_desk.query import select, status_counts

    store.create_period("2025-06", carry_status=True)
    rows = store.task_rows("2025-06")
    assert sum(r.status is not None for r in rows) == 48
    assert status_counts(rows, store.statuses("2025-06"))["未填"] == 49
    assert len(select(store, "2025-06", status="未填")) == 49
    store.save_entry(rows[0].id, "2025-06", {"progress": "1-6月,增长6.5%。"})
    assert len(select(store, "2025-06", status="未填")) == 48
    store.save_entry(rows[1].id, "2025-06", {"progress": "\u3000 \n"})  # blank is not a report
    assert len(select(store, "2025-06", status="未填")) == 48


def test_another_programs_database_is_refused_untouched(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(InputError, match="other.db"):
        Store(other)
    assert other.read_bytes() == before


def test_a_list_import_never_overwrites_text_typed_here(store, seed_path):
    from chizhou_desk.imports import read_file

    tid = store.task_id("3", "2025-05")
    store.save_entry(tid, "2025-05", {"progress": "联络员改写的进展。"}, author="张三")
    result = store.import_table(read_file(seed_path))  # the published report again
    assert result.kept == ["第3项进展情况"] and result.entries_changed == 0
    assert store.task_rows("2025-05", [tid])[0].progress == "联络员改写的进展。"


def test_joint_leads_reporting_differently_are_reported(store):
    from chizhou_desk.domain import Entry

    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    rows = {r.no: r for r in store.task_rows("2025-05")}
    task45 = Task(no="45", text=rows["45"].text)

    def submission(unit, progress):
        return ImportedTable(f"{unit}.xlsx", plan, [task45], "2025-05",
                             {"45": Entry(status="序时推进", progress=progress)}, unit=unit)
    first = store.import_table(submission("市委人才工作局", "人才局的说法。"))
    assert first.conflicts == []
    second = store.import_table(submission("市人力资源社会保障局", "人社局的说法。"))
    assert second.conflicts and "市委人才工作局" in second.conflicts[0] and "第45项" in second.conflicts[0]
    assert store.task_rows("2025-05", [rows["45"].id])[0].progress == "人社局的说法。"
    again = store.import_table(submission("市人力资源社会保障局", "人社局的第二稿。"))
    assert again.conflicts == []  # the same unit correcting itself is no conflict


def test_imported_entries_are_logged_field_by_field_like_saved_ones(store):
    # a new period imported in bulk: each non-empty field logged once, in field order, old NULL
    table = ImportedTable(source="list.xlsx", plan=_plan(), period_key="2025-06",
                          tasks=[Task("1", "x"), Task("2", "y")],
                          entries={"1": Entry("序时推进", "六月进展。", indicator=12.5, comment="核实"),
                                   "2": Entry(None, "", next_steps="七月验收。")})
    store.import_table(table)
    t1, t2 = store.task_id("1", "2025-06"), store.task_id("2", "2025-06")
    assert [(e["field"], e["old"], e["new"]) for e in store.entry_log(t1, "2025-06")] == [
        ("status", None, "序时推进"), ("progress", None, "六月进展。"), ("indicator", None, "12.5"),
        ("comment", None, "核实")]
    assert [(e["field"], e["new"]) for e in store.entry_log(t2, "2025-06")] == [("next_steps", "七月验收。")]
    # the index rows belong to the new period's entries, not to the earlier period's
    assert store.search("六月进展", "2025-06") == {t1}
    assert store.search("六月进展", "2025-05") == set()
    assert store.search("七月验收", "2025-06") == {t2}


def test_new_tasks_of_a_second_list_are_searchable(store):
    before = store.search("镁基新材料", "2025-05")
    table = ImportedTable(source="list2.xlsx", plan=_plan(),
                          tasks=[Task("50", "建设长江岸线生态廊道", lead_units=["市生态环境局"]),
                                 Task("51", "推进数字政府一网通办", lead_units=["市数据资源局"])])
    store.import_table(table)
    assert store.search("生态廊道", "2025-05") == {store.task_id("50", "2025-05")}
    assert store.search("一网通办", "2025-05") == {store.task_id("51", "2025-05")}
    assert store.search("镁基新材料", "2025-05") == before != set()


def test_search_index_flushes_in_large_segments_after_migration(db_path):
    build_v1(db_path)
    with Store(db_path) as s:
        assert s.conn.execute("SELECT v FROM search_index_config WHERE k = 'hashsize'").fetchone() == (16777216,)


def test_indicator_target_is_a_task_field_for_every_period(store):
    tid = store.task_id("25", "2025-05")
    assert store.set_indicator_target(tid, 6.0) is True
    assert store.set_indicator_target(tid, 6.0) is False  # no change
    store.create_period("2025-06")
    assert [store.task_rows(k, [tid])[0].indicator_target for k in ("2025-05", "2025-06")] == [6.0, 6.0]
    assert store.set_indicator_target(tid, None) is True
    assert store.task_rows("2025-06", [tid])[0].indicator_target is None
