"""The user edits a city's unit names: short names, aliases, and merging an unknown name."""

import pytest

from chizhou_desk.domain import ImportedTable, Plan, Task
from chizhou_desk.errors import InputError


def test_aliases_edited_resolve_in_queries(store):
    store.set_unit_names("市商务局", "商务", ["池州市商务局", "市商务局", "商务局"])
    units = {u["name"]: u for u in store.unit_list()}
    assert units["市商务局"]["short"] == "商务"
    assert units["市商务局"]["aliases"] == ["商务局", "池州市商务局"]
    assert units["市商务局"]["leads"] == 4
    assert store.task_ids_for(unit="池州市商务局") == store.task_ids_for(unit="市商务局")


def test_alias_held_by_another_unit_is_refused_and_nothing_changes(store):
    before = store.content_checksum()
    with pytest.raises(InputError, match="市发展改革委"):
        store.set_unit_names("市商务局", "商务", ["新别名", "市发改委"])
    assert store.content_checksum() == before


def test_merging_an_unknown_name_moves_its_tasks_and_teaches_the_alias(store):
    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    rows = store.task_rows("2025-05")
    tasks = [Task(no=r.no, text=r.text, lead_units=list(r.lead_units)) for r in rows]
    tasks.append(Task(no="50", text="新增的一项任务。", lead_units=["池州市商务局"]))
    result = store.import_table(ImportedTable("x", plan, tasks))
    assert result.unknown_units == ["池州市商务局"]
    new_id = store.task_id("50", "2025-05")
    assert store.task_ids_for(unit="池州市商务局") == {new_id}
    store.merge_unit("池州市商务局", "市商务局")
    assert new_id in store.task_ids_for(unit="市商务局")
    assert "池州市商务局" not in {u["name"] for u in store.unit_list()}
    again = store.import_table(ImportedTable("x", plan, tasks))
    assert again.unknown_units == [] and again.tasks_changed == 0
    with pytest.raises(InputError):
        store.merge_unit("市不存在局", "市商务局")


def test_short_names_resolve_but_never_displace_a_name(store):
    assert store.registry().resolve("发改委") == "市发展改革委"
    assert store.registry().resolve("人社局") == "市人力资源社会保障局"
    assert store.registry().resolve("市财政局") == "市财政局"
