"""Another city's list imported into the sample (or any database holding another list of that year)
is refused, not merged by task number over the database's tasks; the same list revised still merges."""

import copy

import import_corpus as C
import pytest

from chizhou_desk.cli import main
from chizhou_desk.errors import OtherList
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store


def test_another_citys_list_is_refused_and_the_sample_kept(store, tmp_path):
    other = read_file(C.jinzhai_2025_completion_status(tmp_path))  # 2025, tasks 1-4, no city named
    before = store.content_checksum()
    with pytest.raises(OtherList, match=r"不是同一份.*第2、3、4项.*新的数据库"):
        store.import_table(other)
    assert store.content_checksum() == before
    assert store.task_rows("2025-05")[1].text.startswith("固定资产投资")


def test_the_same_list_in_a_new_database_imports(tmp_path):
    with Store(tmp_path / "jinzhai.db") as s:
        result = s.import_table(read_file(C.jinzhai_2025_completion_status(tmp_path)))
        assert result.tasks_added == 4


def test_a_list_naming_another_city_is_refused(store, seed_path):
    table = read_file(seed_path)
    table.plan.city = "合肥"  # the same tasks, but the list says it is another city's
    with pytest.raises(OtherList, match="池州的，这份是合肥的"):
        store.import_table(table)


def test_the_same_list_revised_still_merges(store, seed_path):
    table = copy.deepcopy(read_file(seed_path))
    for t in table.tasks[:10]:  # a revised edition: some texts shortened or reworded
        t.text = t.text.replace("以上", "").replace("。", "（修订）。")
    result = store.import_table(table)
    assert result.tasks_changed >= 5 and result.tasks_added == 0


def test_the_command_line_says_what_to_do(seeded_db, tmp_path, capsys):
    code = main(["--db", str(seeded_db), "import", str(C.jinzhai_2025_completion_status(tmp_path))])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "--db" in err[0] and "金寨上半年督查.xlsx" in err[0]
