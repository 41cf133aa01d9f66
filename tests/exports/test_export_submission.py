"""The unit's submission (报送表): read back by a second reader (python-calamine) and by openpyxl."""

import os
import zipfile

import pytest
from python_calamine import CalamineWorkbook

from chizhou_desk.domain import Light
from chizhou_desk.errors import InputError
from chizhou_desk.exports.submission import (
    ExportOptions,
    check_ready,
    default_file_name,
    export_submission,
)
from chizhou_desk.imports import read_file
from chizhou_desk.query import select

PERIOD = "2025-05"
UNIT = "市发展改革委"
TITLE = "2025年市政府重点工作责任清单1-5月份进展情况（市发展改革委）"
HEADER = ["序号", "重点工作任务", "牵头责任单位", "工作评价", "1-5月份进展情况", "近期工作安排"]
FILLER = {"person": "张三", "phone": "0566-1234567", "date": "2025年6月3日"}


def calamine_rows(path, sheet="报送表"):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(
        skip_empty_area=False)


def as_text(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def expected_cells(row):
    """What the office expects in a data row, built from the store without the exporter's code."""
    unfilled = not (row.status or row.progress.strip())
    gap = "（未填报）" if unfilled else "（未填写）"
    return [row.no, row.text, "、".join(row.lead_units),
            row.status or ("（未填报）" if unfilled else "（未评价）"),
            row.progress or gap, row.next_steps or gap]


def test_every_cell_matches_the_store(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    result = export_submission(store, "市发改委", PERIOD, out, filler=FILLER)
    rows = calamine_rows(out)
    want = select(store, PERIOD, unit=UNIT)
    assert len(want) == 15 and result.rows == 15

    assert rows[0][0] == TITLE
    info = rows[1][0]
    for part in ("填报单位：市发展改革委", "填报人：张三", "联系电话：0566-1234567", "填报日期：2025年6月3日"):
        assert part in info
    assert rows[2][:6] == HEADER
    data = [r[:6] for r in rows[3:] if any(c != "" for c in r)]
    assert len(data) == len(want)
    assert [as_text(r[0]) for r in data] == [w.no for w in want]
    for got, row in zip(data, want, strict=False):
        assert [as_text(c) for c in got] == expected_cells(row), row.no
    # the unfilled task shows markers, not blanks that read like data
    assert [as_text(c) for c in data[-1][3:6]] == ["（未填报）"] * 3
    assert all(len(r) <= 6 or all(c == "" for c in r[6:]) for r in rows[:3 + len(want)])


def test_joint_lead_tasks_are_in_each_leads_submission(store, tmp_path):
    out = tmp_path / "rs.xlsx"
    export_submission(store, "市人力资源社会保障局", PERIOD, out, filler=FILLER)
    nos = [as_text(r[0]) for r in calamine_rows(out)[3:] if r[0] != ""]
    assert "45" in nos
    assert nos == sorted(nos, key=int)
    assert nos == [r.no for r in select(store, PERIOD, unit="市人力资源社会保障局")]


def test_layout_and_page_setup(store, tmp_path):
    import openpyxl

    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.title == "报送表" and wb.active.title == "报送表"
    assert "A1:F1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    widths = [ws.column_dimensions[c].width for c in "ABCDEF"]
    assert 120 <= sum(widths) <= 160 and widths[4] == max(widths)
    for row in ws.iter_rows(min_row=3, max_row=18):
        for cell in row:
            assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
            assert cell.alignment.wrap_text
    assert ws["E4"].alignment.vertical == "top"
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and str(dv.sqref) == "D4:D18"
    assert dv.formula1 == '"已完成,序时推进,未达预期"'  # the list's own three words (issue 14)
    meta = wb["chizhou_desk_meta"]
    assert meta.sheet_state == "hidden"
    values = {r[0].value: r[1].value for r in meta.iter_rows(max_col=2) if r[0].value}
    assert values["unit"] == UNIT and values["period_key"] == PERIOD
    assert values["row_count"] == "15" and len(values["sha256"]) == 64
    assert values["plan_year"] == "2025" and values["schema"] == "2"
    assert values["app_version"]


def test_row_heights_follow_the_wrapped_text(store, tmp_path):
    import openpyxl

    task = store.task_id("9", PERIOD)
    store.save_entry(task, PERIOD, {"progress": "推进" * 150})  # 300 CJK chars in a 46-wide column
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    ws = openpyxl.load_workbook(out).worksheets[0]
    by_no = {str(ws.cell(r, 1).value): ws.row_dimensions[r].height for r in range(4, 19)}
    assert all(h for h in by_no.values()), "every data row carries its height"
    width = ws.column_dimensions["E"].width
    lines_needed = 300 * 2 / width  # a CJK character is about two Latin ones
    assert by_no["9"] >= lines_needed * 14, by_no["9"]
    assert by_no["9"] > 2 * by_no["2"] and by_no["12"] > by_no["2"]  # 12 has a long task text


def test_line_count_counts_cjk_as_two():
    from chizhou_desk.exports.xlsx_style import line_count, text_units

    assert text_units("abc") == 3 and text_units("市发展") == 6 and text_units("1-5月") == 5
    assert line_count("a" * 18, 22) == 1
    assert line_count("市" * 20, 22) >= 2
    assert line_count("一\n二\n三", 40) == 3


def test_formula_like_text_stays_text(store, tmp_path):
    import openpyxl

    values = {"1": '=HYPERLINK("http://x","y")', "2": "+1", "9": "-5", "12": "@SUM(A1)",
              "13": "\t制表符开头", "19": "\r回车开头\r\n第二行"}
    for no, text in values.items():
        store.save_entry(store.task_id(no, PERIOD), PERIOD, {"progress": text})
    store.save_entry(store.task_id("22", PERIOD), PERIOD, {"next_steps": "=1+1"})
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)

    ws = openpyxl.load_workbook(out).worksheets[0]
    cells = {str(ws.cell(r, 1).value): ws.cell(r, 5) for r in range(4, 19)}
    for no in ("1", "2", "9", "12", "13"):
        assert cells[no].data_type == "s" and cells[no].value == values[no], no
    plan22 = [ws.cell(r, 6) for r in range(4, 19) if str(ws.cell(r, 1).value) == "22"][0]
    assert plan22.data_type == "s" and plan22.value == "=1+1"
    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    # the second reader gets every character back; a typed CR was stored as a newline (textclean.py)
    got = {as_text(r[0]): r[4] for r in calamine_rows(out)[3:] if r[0] != ""}
    for no, text in values.items():
        assert got[no] == (text if no != "19" else "\n回车开头\n第二行"), no


def test_a_cell_over_the_excel_limit_is_refused_naming_the_task(store, tmp_path):
    store.save_entry(store.task_id("13", PERIOD), PERIOD, {"progress": "长" * 32768})
    out = tmp_path / "sub.xlsx"
    with pytest.raises(InputError, match="第 13 项") as err:
        export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    assert "32767" in str(err.value)
    assert not out.exists()
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    store.save_entry(store.task_id("13", PERIOD), PERIOD, {"progress": "长" * 32767})
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)  # exactly the limit is fine
    assert out.exists()


def test_an_interrupted_export_leaves_the_old_file_byte_identical(store, tmp_path, monkeypatch):
    import openpyxl.writer.excel as excel

    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    before = out.read_bytes()
    store.save_entry(store.task_id("1", PERIOD), PERIOD, {"progress": "改过的进展"})

    calls = []

    def boom(*args, **kwargs):  # openpyxl is half-way through the zip when styles are written
        calls.append(1)
        raise RuntimeError("disk full")

    monkeypatch.setattr(excel, "write_stylesheet", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    assert calls, "the failure happened inside openpyxl's save"
    assert out.read_bytes() == before
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]

    monkeypatch.undo()
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    assert out.read_bytes() != before


def test_check_ready_lists_what_is_missing(store):
    problems = check_ready(store, "市发改委", PERIOD)
    assert [(p.no, p.kind) for p in problems] == [("1", "no_reason"), ("2", "no_reason"),
                                                  ("49", "unfilled")]
    assert "第 49 项" in str(problems[-1])
    for no in ("1", "2"):
        store.save_entry(store.task_id(no, PERIOD), PERIOD, {"reason": "外部需求偏弱"})
    store.save_entry(store.task_id("49", PERIOD), PERIOD,
                     {"status": "序时推进", "progress": "已开工", "next_steps": "继续推进"})
    assert check_ready(store, UNIT, PERIOD) == []
    store.save_entry(store.task_id("49", PERIOD), PERIOD, {"progress": ""})
    # a status without progress is not a report (a status carried into a new period looks like this)
    assert [(p.no, p.kind) for p in check_ready(store, UNIT, PERIOD)] == [("49", "unfilled")]


def test_default_file_name():
    assert default_file_name(UNIT, PERIOD) == "市发展改革委_2025年1-5月份_重点工作进展.xlsx"
    assert "/" not in default_file_name("市a/b局", PERIOD)


def test_optional_columns(store, tmp_path):
    import openpyxl

    store.save_entry(store.task_id("1", PERIOD), PERIOD, {"reason": "需求不足", "indicator": 6.4})
    out = tmp_path / "sub.xlsx"
    lights = {"1": Light.RED, "2": Light.YELLOW}
    opts = ExportOptions(light=True, reason=True, indicator=True,
                         light_fn=lambda row, period: lights.get(row.no, Light.GREEN))
    export_submission(store, UNIT, PERIOD, out, filler=FILLER, options=opts)
    rows = calamine_rows(out)
    assert rows[2][:9] == ["序号", "重点工作任务", "牵头责任单位", "工作评价", "红黄绿灯",
                           "1-5月份进展情况", "近期工作安排", "未达预期原因", "指标值"]
    first, second = rows[3], rows[4]
    assert first[4] == "红灯" and first[7] == "需求不足" and first[8] == 6.4
    assert second[4] == "黄灯" and second[7] == "（未说明原因）" and second[8] == ""
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["E4"].fill.fgColor.rgb.endswith("FFC7CE")
    assert "A1:I1" in {str(r) for r in ws.merged_cells.ranges}
    assert str(ws.data_validations.dataValidation[0].sqref) == "D4:D18"


def test_default_light_column_uses_the_core_lights(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER, options=ExportOptions(light=True))
    rows = calamine_rows(out)
    assert rows[2][4] == "红黄绿灯"
    assert rows[3][4] == "红灯"  # task 1 is 未达预期
    assert {r[4] for r in rows[3:] if r[0] != ""} <= {"红灯", "黄灯", "绿灯", ""}


def test_bad_targets_are_refused_before_writing(store, tmp_path):
    with pytest.raises(InputError, match="不存在"):
        export_submission(store, UNIT, PERIOD, tmp_path / "missing" / "a.xlsx")
    with pytest.raises(InputError, match=".xlsx"):
        export_submission(store, UNIT, PERIOD, tmp_path / "a.xls")
    with pytest.raises(InputError, match="市不存在局"):
        export_submission(store, "市不存在局", PERIOD, tmp_path / "a.xlsx")


def test_the_file_is_recognised_as_a_submission(store, tmp_path):
    out = tmp_path / "sub.xlsx"
    export_submission(store, UNIT, PERIOD, out, filler=FILLER)
    table = read_file(out)
    assert table.unit == UNIT and table.period_key == PERIOD
    assert list(table.entries) == [r.no for r in select(store, PERIOD, unit=UNIT)]


def test_short_text_with_line_breaks_gets_one_line_each():
    from chizhou_desk.exports.xlsx_style import LINE_PT, row_height

    one = row_height(["a"], [30])
    assert row_height(["a\nb\nc"], [30]) >= one + 2 * LINE_PT
    assert row_height([1, None, "短"], [6, 30, 10]) == one



def test_progress_copied_from_the_last_period_and_not_updated_is_named(store):
    from chizhou_desk.exports.layout import check_ready

    store.create_period("2025-06", carry_status=True, copy_texts=True)
    tid = store.task_id("2", "2025-06")
    store.save_entry(tid, "2025-06", {"progress": "1-6月份,增长6.0%。"})
    same = [p.no for p in check_ready(store, "市发改委", "2025-06") if p.kind == "same_as_previous"]
    assert "2" not in same and "1" in same and len(same) == 13  # 14 copied with text, one updated
    assert not [p for p in check_ready(store, "市发改委", "2025-05") if p.kind == "same_as_previous"]
