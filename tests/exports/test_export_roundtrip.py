"""A unit's submission re-imported at the office restores exactly what was exported."""

from pathlib import Path

import openpyxl
import pytest

from chizhou_desk.errors import InputError
from chizhou_desk.exports.submission import ExportOptions, export_submission
from chizhou_desk.imports import read_file
from chizhou_desk.query import select
from chizhou_desk.store import Store

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample" / "chizhou_2025_1-5.txt"

PERIOD = "2025-05"
UNIT = "市发展改革委"
FIELDS = ("status", "progress", "next_steps", "reason", "indicator")


def list_only_store(path) -> Store:
    """A fresh database holding the same list and period, without any entries."""
    table = read_file(SEED)
    table.entries = {}
    table.period_key = None
    s = Store(path)
    s.import_table(table)
    s.create_period(PERIOD, carry_status=False)  # the office creates the periods units report for
    return s


def entries(store, unit=None):
    rows = select(store, PERIOD, unit=unit) if unit else store.task_rows(PERIOD)
    return {r.no: tuple(getattr(r, f) for f in FIELDS) for r in rows}


def edit_unit_entries(store):
    edits = {
        "1": {"reason": "外部需求偏弱", "indicator": 6.4},
        "2": {"progress": '=HYPERLINK("http://x","y")', "reason": "+1"},
        "9": {"next_steps": "\r回车开头\r\n第二行\t", "indicator": 1234.5678},
        "12": {"progress": "字面量 _x000D_ 与 _x005F_ 保持原样", "status": "已完成"},
        "13": {"progress": "  前后空格  ", "indicator": -3.0},
        "19": {"status": "滞后", "progress": "控制字符\x07也不丢"},
        "22": {"next_steps": ""},
    }
    from chizhou_desk.store_plan import set_statuses

    set_statuses(store, PERIOD, ["已完成", "序时推进", "未达预期", "滞后"])
    for no, changes in edits.items():
        store.save_entry(store.task_id(no, PERIOD), PERIOD, changes)


@pytest.mark.parametrize("options", [ExportOptions(reason=True, indicator=True),
                                     ExportOptions(reason=True, indicator=True, light=True)])
def test_import_into_a_fresh_db_restores_the_exported_entries(store, tmp_path, options):
    edit_unit_entries(store)
    out = tmp_path / "市发展改革委_2025年1-5月份_重点工作进展.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler={"person": "张三"}, options=options)

    office = list_only_store(tmp_path / "office.db")
    try:
        result = office.import_table(read_file(out))
        want = entries(store, UNIT)
        got = entries(office, UNIT)
        assert got == want
        assert result.tasks_added == 0 and result.tasks_changed == 0
        assert result.entries_changed == sum(1 for v in want.values() if any(x not in (None, "")
                                                                            for x in v))
        others = {no: v for no, v in entries(office).items() if no not in want}
        assert all(v == (None, "", "", "", None) for v in others.values())
        subs = office.conn.execute("SELECT u.name, s.sha256 FROM submissions s "
                                   "JOIN units u ON u.id = s.unit_id").fetchall()
        assert [name for name, _ in subs] == [UNIT] and len(subs[0][1]) == 64
    finally:
        office.close()


def test_without_optional_columns_the_base_fields_come_back(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    office = list_only_store(tmp_path / "office.db")
    try:
        office.import_table(read_file(out))
        want = {no: v[:3] for no, v in entries(store, UNIT).items()}
        assert {no: v[:3] for no, v in entries(office, UNIT).items()} == want
        assert want["49"] == (None, "", "")  # the gap markers are not imported as text
    finally:
        office.close()


def _tamper(path, edit):
    wb = openpyxl.load_workbook(path)
    edit(wb.worksheets[0])
    wb.save(path)


def test_a_row_edited_in_excel_is_imported_as_shown_and_named(store, tmp_path):
    # the liaison picked another status from the drop-down and corrected the progress in WPS
    store.save_entry(store.task_id("1", PERIOD), PERIOD, {"reason": "外部需求偏弱", "indicator": 6.4})
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    row = next(r for r in range(4, 19) if openpyxl.load_workbook(out).worksheets[0][f"A{r}"].value == 1)
    _tamper(out, lambda ws: (setattr(ws[f"D{row}"], "value", "序时推进"),
                             setattr(ws[f"E{row}"], "value", "手工改过的进展")))
    office = list_only_store(tmp_path / "office.db")
    try:
        before = entries(store, UNIT)
        result = office.import_table(read_file(out))
        got = entries(office, UNIT)
        # the edited row as the sheet shows it; its reason and indicator from the metadata
        assert got["1"] == ("序时推进", "手工改过的进展", before["1"][2], "外部需求偏弱", 6.4)
        assert {no: v for no, v in got.items() if no != "1"} == \
               {no: v for no, v in before.items() if no != "1"}
        assert result.notes == ["市发展改革委：已填报 14 项，未填报 1 项",
                                "第1项在导出后于 Excel/WPS 中改动过，已按表中内容导入"]
        again = office.import_table(read_file(out))
        assert again.entries_changed == 0 and "这份报送表此前已导入过(内容相同)" in again.notes
    finally:
        office.close()


def test_a_gap_marker_left_in_an_edited_row_stays_empty(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    _tamper(out, lambda ws: setattr(ws["D18"], "value", "序时推进"))  # task 49: status, no progress
    table = read_file(out)
    assert table.entries["49"].status == "序时推进"
    assert table.entries["49"].progress == "" and table.entries["49"].next_steps == ""
    assert table.notes == ["第49项在导出后于 Excel/WPS 中改动过，已按表中内容导入"]


@pytest.mark.parametrize("cell,value,named", [
    ("D8", "基本完成", "不在本清单的选项中"),           # a status word the list does not have
    ("D8", "已完成部分工作,正在推进。", "不是工作评价"),  # a sentence typed into the status column
    ("A8", 999, "序号应为"),                          # the row no longer says which task it is
])
def test_an_edit_that_cannot_be_mapped_back_is_refused_naming_the_row(store, tmp_path, cell, value, named):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    _tamper(out, lambda ws: setattr(ws[cell], "value", value))
    with pytest.raises(InputError, match=named) as err:
        read_file(out)
    msg = str(err.value)
    assert str(out) in msg and "报送表" in msg and "第 8 行" in msg


def test_a_deleted_row_is_refused(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    _tamper(out, lambda ws: ws.delete_rows(10))
    with pytest.raises(InputError, match="导出时为 15 行"):
        read_file(out)


def test_reason_and_indicator_reach_the_office_without_their_columns(store, tmp_path):
    # the office's format is six columns; the metadata carries what they do not show
    edit_unit_entries(store)
    store.save_entry(store.task_id("1", PERIOD), PERIOD, {"rank": "全省第3位"})
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    office = list_only_store(tmp_path / "office.db")
    try:
        office.import_table(read_file(out))
        assert entries(office, UNIT) == entries(store, UNIT)
        tid = office.task_id("1", PERIOD)
        assert office.task_rows(PERIOD, [tid])[0].rank == "全省第3位"
    finally:
        office.close()


def test_a_submission_into_a_db_without_the_list_changes_nothing(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    with Store(tmp_path / "empty.db") as empty:
        before = empty.content_checksum()
        with pytest.raises(InputError):
            empty.import_table(read_file(out))
        assert empty.content_checksum() == before


def test_indicators_keep_excels_fifteen_digits(store, tmp_path):
    store.save_entry(store.task_id("9", PERIOD), PERIOD, {"indicator": 0.1 + 0.2})
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, options=ExportOptions(indicator=True))
    table = read_file(out)
    assert table.entries["9"].indicator == 0.3


def test_a_status_carried_into_a_new_period_is_not_exported_as_reported(store, tmp_path):
    # 新建期间 carries last month's statuses; only tasks with progress this month report one
    store.create_period("2025-06", carry_status=True)
    store.save_entry(store.task_id("1", "2025-06"), "2025-06", {"progress": "六月进展。"})
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, "2025-06", out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    status = {str(ws[f"A{r}"].value): ws[f"D{r}"].value for r in range(4, 19)}
    assert status["1"] == "未达预期"  # carried, and reported this month
    assert status["2"] == "（未填报）" and set(status.values()) == {"未达预期", "（未填报）"}
    office = list_only_store(tmp_path / "office.db")
    try:
        office.create_period("2025-06", carry_status=False)
        result = office.import_table(read_file(out))
        rows = {r.no: r for r in select(office, "2025-06", unit=UNIT)}
        assert rows["1"].status == "未达预期" and rows["2"].status is None
        assert result.entries_changed == 1  # one unit task reported, not fifteen
    finally:
        office.close()


def test_a_schema_1_submission_still_imports(store, tmp_path):
    # made by the first release: no hidden reason/indicator/rank columns in the metadata
    out = tmp_path / "old.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    wb = openpyxl.load_workbook(out)
    meta = wb["chizhou_desk_meta"]
    for row in meta.iter_rows():
        if row[0].value == "schema":
            row[1].value = "1"
        for cell in row[4:7]:
            cell.value = None
    wb.save(out)
    office = list_only_store(tmp_path / "office.db")
    try:
        office.import_table(read_file(out))
        got = {no: v[:3] for no, v in entries(office, UNIT).items()}
        assert got == {no: v[:3] for no, v in entries(store, UNIT).items()}
    finally:
        office.close()


def test_the_metadata_keeps_the_old_name_of_the_next_steps_column(store, tmp_path):
    # copies of the app from before the field's rename (issue 16) read "plan"; so do we
    from python_calamine import CalamineWorkbook

    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out)
    meta = {r[0]: r[1] for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_name("chizhou_desk_meta").to_python()
            if len(r) > 1}
    assert meta["columns"].split(",")[-1] == "plan" and "next_steps" not in meta["columns"]
    office = list_only_store(tmp_path / "office.db")
    try:
        office.import_table(read_file(out))
        tid = store.task_id("9", PERIOD)
        assert office.task_rows(PERIOD, [tid])[0].next_steps == store.task_rows(PERIOD, [tid])[0].next_steps != ""
    finally:
        office.close()
