"""The responsibility-list / progress-table xlsx reader and its merge into the store."""

import pytest
from xlsx_builders import HEADER, list_file, write_xlsx

from chizhou_desk.errors import InputError
from chizhou_desk.imports import read_file


def test_header_in_row_three_with_columns_in_another_order(tmp_path):
    table = read_file(list_file(tmp_path))
    assert table.plan.year == 2025
    assert table.period_key == "2025-06"
    assert [t.no for t in table.tasks] == ["1", "2", "3"]
    t1, t2, t3 = table.tasks
    assert t1.text == "地区生产总值增长6.5%以上。"
    assert t1.lead_units == ["市发改委"]
    assert t1.coop_units == ["市财政局、市商务局"]
    assert t1.deadline == "2025年12月底"
    assert t1.extra == {"leader": "张三"}
    assert (t1.section, t2.section, t3.section) == ("一、经济发展", "一、经济发展", "二、改革开放")
    assert table.entries["1"].status == "序时推进"
    assert table.entries["1"].progress == "上半年,增长6.6%。"
    assert table.entries["1"].next_steps == "加强运行调度。"
    assert table.entries["2"].status == "未达预期"


def test_imported_list_has_canonical_units_sections_and_extras(empty_store, tmp_path):
    r = empty_store.import_table(read_file(list_file(tmp_path)))
    assert r.tasks_added == 3 and r.period_key == "2025-06"
    rows = {row.no: row for row in empty_store.task_rows("2025-06")}
    assert rows["1"].lead_units == ["市发展改革委"]
    assert rows["1"].coop_units == ["市财政局", "市商务局"]
    assert rows["2"].lead_units == ["市工业和信息化局"]
    assert rows["3"].lead_units == ["市委人才工作局", "市人力资源社会保障局"]
    assert rows["3"].section == "二、改革开放"
    assert rows["1"].deadline == "2025年12月底"
    assert rows["1"].extra == {"leader": "张三"}
    assert rows["3"].status == "已完成"
    assert r.unknown_units == []


def test_table_without_status_column_gives_entries_without_status(empty_store, tmp_path):
    header = [h for h in HEADER if h != "工作评价"]
    path = list_file(tmp_path, header=header)
    table = read_file(path)
    assert all(e.status is None for e in table.entries.values())
    assert table.entries["3"].progress == "已引进1.2万人。"
    empty_store.import_table(table)
    rows = empty_store.task_rows("2025-06")
    assert [r.status for r in rows] == [None, None, None]
    assert rows[2].progress == "已引进1.2万人。"


def test_list_without_progress_columns_imports_tasks_only(empty_store, tmp_path):
    header = ["序号", "重点工作任务", "牵头单位", "配合单位", "完成时限", "任务来源"]
    tasks = [{"序号": 1, "重点工作任务": "任务一", "牵头单位": "市财政局", "配合单位": "市商务局",
              "完成时限": "2025年6月", "任务来源": "政府工作报告"}]
    table = read_file(list_file(tmp_path, header=header, tasks=tasks,
                                title="2025年池州市政府重点工作责任清单"))
    assert table.period_key is None and table.entries == {}
    assert table.tasks[0].extra == {"source": "政府工作报告"}
    assert table.tasks[0].coop_units == ["市商务局"]
    empty_store.import_table(table)
    assert empty_store.periods() == []
    assert empty_store.plan_info(2025)["title"] == "2025年池州市政府重点工作责任清单"


def test_vertically_merged_unit_cell_applies_to_every_row(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位", "1-5月份进展情况"]
    rows = [["2025年池州市重点工作"], header,
            [1, "任务一", "市财政局", "甲"], [2, "任务二", None, "乙"], [3, "任务三", "市商务局", "丙"]]
    table = read_file(write_xlsx(tmp_path / "m.xlsx", rows, ("C3:C4",)))
    assert [t.lead_units for t in table.tasks] == [["市财政局"], ["市财政局"], ["市商务局"]]


def test_section_written_as_numeral_and_name_in_two_cells(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位"]
    rows = [["2025年池州市重点工作"], header, ["一", "经济发展", None],
            [1, "任务一", "市财政局"], ["二", "民生保障", None], [2, "任务二", "市商务局"]]
    table = read_file(write_xlsx(tmp_path / "s.xlsx", rows))
    assert [t.no for t in table.tasks] == ["1", "2"]
    assert [t.section for t in table.tasks] == ["一、经济发展", "二、民生保障"]


def test_empty_sheet_before_the_table_is_skipped(tmp_path):
    table = read_file(list_file(tmp_path, first_empty=True))
    assert len(table.tasks) == 3


def test_period_option_names_the_period_of_an_unlabelled_progress_column(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位", "进展情况"]
    rows = [["2025年池州市重点工作"], header, [1, "任务一", "市财政局", "进展"]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    assert read_file(path, "上半年").period_key == "2025-06"
    assert read_file(path, "2025-03").period_key == "2025-03"
    with pytest.raises(InputError, match="期间"):
        read_file(path)


def test_importing_the_same_xlsx_twice_changes_nothing(empty_store, tmp_path):
    path = list_file(tmp_path)
    empty_store.import_table(read_file(path))
    before = empty_store.content_checksum()
    r = empty_store.import_table(read_file(path))
    assert (r.tasks_added, r.tasks_changed, r.entries_changed) == (0, 0, 0)
    assert empty_store.content_checksum() == before


def test_later_period_xlsx_adds_the_period_and_keeps_the_earlier(store, tmp_path):
    may = {r.no: r for r in store.task_rows("2025-05")}
    tasks = [{"序号": 1, "重点工作任务": may["1"].text, "牵头责任单位": "市发改委",
              "工作评价": "序时推进", "1-6月份进展情况": "上半年,增长6.6%。"},
             {"序号": 2, "重点工作任务": may["2"].text, "牵头责任单位": "市发改委",
              "工作评价": "已完成", "1-6月份进展情况": "全面完成。"}]
    header = ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-6月份进展情况"]
    r = store.import_table(read_file(list_file(tmp_path, header=header, tasks=tasks)))
    assert r.period_key == "2025-06" and r.tasks_added == 0 and r.tasks_changed == 0
    assert [p.key for p in store.periods()] == ["2025-05", "2025-06"]
    june = {row.no: row for row in store.task_rows("2025-06")}
    assert june["1"].progress == "上半年,增长6.6%。" and june["2"].status == "已完成"
    assert june["3"].status is None  # not in the June file
    again = {r.no: r for r in store.task_rows("2025-05")}
    assert again["1"].progress == may["1"].progress and again["2"].status == may["2"].status == "未达预期"
    assert again["1"].lead_units == ["市发展改革委"]
    assert len(again) == 49
    # the new period is searchable on its own text, the old one is not affected
    assert store.search("全面完成", "2025-06") == {june["2"].id}
    assert store.search("全面完成", "2025-05") == set()


def test_progress_table_without_unit_columns_keeps_units_sections_and_extras(empty_store, tmp_path):
    empty_store.import_table(read_file(list_file(tmp_path)))
    header = ["序号", "重点工作任务", "工作评价", "1-7月份进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "地区生产总值增长6.5%以上。", "工作评价": "序时推进",
              "1-7月份进展情况": "七月进展"}]
    r = empty_store.import_table(read_file(list_file(tmp_path, "p.xlsx", header=header, tasks=tasks)))
    assert r.tasks_changed == 0
    row = empty_store.task_rows("2025-07")[0]
    assert row.lead_units == ["市发展改革委"]
    assert row.coop_units == ["市财政局", "市商务局"]
    assert row.section == "一、经济发展"
    assert row.deadline == "2025年12月底" and row.extra == {"leader": "张三"}
    assert row.progress == "七月进展"


def test_seed_text_after_xlsx_list_keeps_the_list_fields(tmp_path, db_path, seed_path):
    from chizhou_desk.store import Store

    tasks = [{"序号": 1, "重点工作任务": "地区生产总值增长6.5%以上。", "牵头责任单位": "市发改委",
              "协同责任单位": "市统计局", "完成时限": "2025年12月"}]
    header = ["序号", "重点工作任务", "牵头责任单位", "协同责任单位", "完成时限"]
    with Store(db_path) as s:
        s.import_table(read_file(list_file(tmp_path, header=header, tasks=["一、经济发展", *tasks],
                                           title="2025年池州市重点工作责任清单")))
        s.import_table(read_file(seed_path))
        row = s.task_rows("2025-05")[0]
        assert row.section == "一、经济发展" and row.deadline == "2025年12月"
        assert row.coop_units == ["市统计局"]
        assert row.status == "未达预期"


def test_unknown_unit_is_kept_and_reported_not_merged(empty_store, tmp_path):
    tasks = [{"序号": 1, "重点工作任务": "任务一", "牵头责任单位": "市发改局,各县区政府"}]
    header = ["序号", "重点工作任务", "牵头责任单位"]
    r = empty_store.import_table(read_file(list_file(tmp_path, header=header, tasks=tasks)))
    assert r.unknown_units == ["市发改局", "各县区政府"]
    leads = [n for (n,) in empty_store.conn.execute(
        "SELECT u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id ORDER BY tu.pos")]
    assert leads == ["市发改局", "各县区政府"]
    assert "市发改局" not in [a for (a,) in empty_store.conn.execute("SELECT alias FROM unit_aliases")]


def test_duplicate_number_is_refused_with_its_row(tmp_path):
    header = ["序号", "重点工作任务", "牵头单位"]
    rows = [["2025年池州市重点工作"], header, [1, "任务一", "市财政局"], [1, "任务二", "市商务局"]]
    with pytest.raises(InputError) as exc:
        read_file(write_xlsx(tmp_path / "d.xlsx", rows))
    assert "第 4 行" in str(exc.value) and "d.xlsx" in str(exc.value)


def test_unrecognised_columns_are_named_and_remarks_kept(tmp_path, capsys, empty_store):
    from xlsx_builders import HEADER, list_file

    from chizhou_desk.cli import main
    from chizhou_desk.imports import read_file

    header = [*HEADER, "备注", "截至5月底推进情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委", "工作评价": "序时推进",
              "1-6月份进展情况": "进展。", "备注": "需市财政局配合", "截至5月底推进情况": "旧列"}]
    path = list_file(tmp_path, tasks=tasks, header=header)
    table = read_file(path)
    assert table.ignored_columns == ["K 列(截至5月底推进情况)"]
    assert table.entries["1"].comment == "需市财政局配合"
    assert table.tasks[0].extra.get("截至5月底推进情况") == "旧列"
    assert main(["--db", str(tmp_path / "t.db"), "import", str(path)]) == 0
    assert "K 列(截至5月底推进情况)" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "t.db"), "tasks", "--json"]) == 0
    import json
    (task,) = json.loads(capsys.readouterr().out)
    assert task["extra"]["截至5月底推进情况"] == "旧列"  # kept under its own header, not dropped


def test_period_from_the_title_when_the_progress_column_names_none(tmp_path):
    header = ["序号", "重点工作任务", "牵头责任单位", "进展情况"]
    tasks = [{"序号": 1, "重点工作任务": "任务一。", "牵头责任单位": "市发改委", "进展情况": "有进展。"}]
    titled = list_file(tmp_path, "titled.xlsx", header=header, tasks=tasks,
                       title="2025年市政府重点工作责任清单1-8月份进展情况")
    assert read_file(titled).period_key == "2025-08"
    # a date in a note row is not a period
    dated = list_file(tmp_path, "dated.xlsx", header=header, tasks=tasks, title="填报日期:2025年1-9月")
    with pytest.raises(InputError, match="未标明期间"):
        read_file(dated)


def test_section_rows_in_report_text_become_headings(tmp_path, seed_path):
    # another city's published table carries "一、经济发展 |" rows between the tasks
    seed = seed_path.read_text(encoding="utf-8")
    i, j = seed.index("\n1 |\n"), seed.index("\n20 |\n")
    text = seed[:i] + "\n一、经济发展 |" + seed[i:j] + "\n二、绿色转型 |" + seed[j:]
    path = tmp_path / "sections.txt"
    path.write_text(text, encoding="utf-8")
    table, plain = read_file(path), read_file(seed_path)
    assert [t.section for t in table.tasks[:19]] == ["一、经济发展"] * 19
    assert {t.section for t in table.tasks[19:]} == {"二、绿色转型"}
    # the cells are read exactly as without the headings
    assert [(t.no, t.text, t.lead_units) for t in table.tasks] == \
           [(t.no, t.text, t.lead_units) for t in plain.tasks]
    assert table.entries == plain.entries
