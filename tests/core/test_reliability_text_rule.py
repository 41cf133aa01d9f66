"""Issue 26, one text rule for what enters the store (textclean.py): bidi overrides, zero-width
characters and control characters never reach a unit name or an entry, whether imported, typed or
pasted; a number must be finite. Files built by code, a real SQLite store."""

import pytest
from xlsx_builders import write_xlsx

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task
from chizhou_desk.errors import InputError
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store
from chizhou_desk.textclean import clean_text

HEADER = ["序号", "重点工作任务", "牵头单位", "工作评价", "1-5月份进展情况"]


def test_hidden_characters_in_unit_names_make_no_new_units(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        ["2025年池州市政府重点工作责任清单1-5月份进展情况"], HEADER,
        [1, "建成城市书房20个", "市财政局\u202e", "序时推进", "已建成12个。"],
        [2, "新增城镇就业2万人", "市\u200d财政\u200b局", "序时推进", "新增1.1万人。"],
        [3, "完成老旧小区改造", "\u2066市商务局\u2069", "已完成", "已完成。"]])
    with Store(tmp_path / "t.db") as s:
        s.import_table(read_file(path))
        rows = s.task_rows("2025-05")
        assert [r.lead_units for r in rows] == [["市财政局"], ["市财政局"], ["市商务局"]]
        names = s.lead_unit_names()
    assert not [n for n in names if clean_text(n) != n or "\u202e" in n], names


def test_a_nul_and_other_controls_in_a_csv_cell_are_not_stored(tmp_path):
    lines = ["2025年池州市政府重点工作责任清单1-5月份进展情况", ",".join(HEADER)]
    lines += [f"{i},任务{i},市财政局,序时推进,进展{i}" for i in range(1, 200)]  # the NUL past the sniffed start
    lines.append("200,任务200,市财政局,序时推进,进展\x00良好\x07，\u200b按期推进")
    path = tmp_path / "list.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "t.db") as s:
        s.import_table(read_file(path))
        (row,) = s.task_rows("2025-05", [s.task_id("200", "2025-05")])
    assert row.progress == "进展良好，按期推进"


def test_typed_and_pasted_text_is_cleaned_and_a_later_save_is_no_conflict(store):
    tid = store.task_id("1", "2025-05")
    typed = "第一段\u202e倒序\u200b\x00\r\n第二段\t缩进"
    store.save_entry(tid, "2025-05", {"progress": typed}, expected={"progress": store.task_rows(
        "2025-05", [tid])[0].progress})
    (row,) = store.task_rows("2025-05", [tid])
    assert row.progress == "第一段倒序\n第二段\t缩进"
    # the editor still holds what was typed: its next save expects that, and it matches
    store.save_entry(tid, "2025-05", {"progress": "改过。"}, expected={"progress": typed})
    assert store.task_rows("2025-05", [tid])[0].progress == "改过。"


def test_an_infinite_indicator_refuses_the_file_and_changes_nothing(store):
    before = store.content_checksum()
    table = ImportedTable(source="forged.xlsx", plan=Plan(year=2025), period_key="2025-05",
                          tasks=[Task(no="1", text=store.task_rows("2025-05")[0].text, lead_units=["市发展改革委"])],
                          entries={"1": Entry(status="序时推进", progress="x", indicator=float("1e400"))},
                          unit="市发展改革委")
    with pytest.raises(InputError, match="第1项的指标值不是有限的数"):
        store.import_table(table)
    assert store.content_checksum() == before
    with pytest.raises(InputError, match="有限"):
        store.save_entry(store.task_id("1", "2025-05"), "2025-05", {"indicator": float("inf")})


def _numbered(tmp_path, numbers):
    rows = [["2025年池州市政府重点工作责任清单1-5月份进展情况"], HEADER]
    rows += [[no, f"任务{no}", "市财政局", "序时推进", f"进展{no}"] for no in numbers]
    return write_xlsx(tmp_path / "numbers.xlsx", rows)


def test_a_task_number_3_5_beside_task_3_is_refused_naming_the_row(tmp_path, capsys):
    from chizhou_desk.cli import main

    path = _numbered(tmp_path, [1, 2, 3, 3.5, 4])
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "3.5" in err[0] and "第 6 行" in err[0], err
    assert not db.exists() or Store(db).task_rows(None) == []


def test_nested_numbers_from_1_are_kept(tmp_path):
    table = read_file(_numbered(tmp_path, ["1", "2", "2.1", "2.2", "3"]))
    assert [t.no for t in table.tasks] == ["1", "2.1", "2.2", "3"] or \
        [t.no for t in table.tasks] == ["1", "2", "2.1", "2.2", "3"]
