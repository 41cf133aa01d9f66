"""Issue 14 item 10: a progress past Excel's 409 pt row limit is named by the pre-export check
(GUI and CLI) and exported readable: its column is widened so the whole text fits in its row."""

from openpyxl import load_workbook

from chizhou_desk.exports.layout import ExportOptions, check_ready
from chizhou_desk.exports.submission import export_submission
from chizhou_desk.exports.xlsx_style import LINE_PT, MAX_ROW_PT, ROW_PAD_PT, line_count

UNIT, PERIOD = "市发展改革委", "2025-05"
LONG = (("围绕服务业十大攻坚行动，推进现代物流、科技服务、文化旅游等重点领域项目建设，"
         "新增规上服务业企业12家，营业收入同比增长6%。") * 14)[:792]


def _long_progress(store, no="25"):
    store.save_entry(store.task_id(no, PERIOD), PERIOD,
                     {"progress": LONG, "status": "未达预期", "reason": "受市场需求影响，部分项目进度放缓。"})


def test_check_names_a_row_past_excels_row_limit(store):
    _long_progress(store)
    wide = ExportOptions(light=True, reason=True)
    tall = [p for p in check_ready(store, UNIT, PERIOD, wide) if p.kind == "too_long"]
    assert [p.no for p in tall] == ["25"]
    assert "深入实施现代服务业" in tall[0].message and "409" in tall[0].message
    assert "进展情况" in tall[0].message
    # the summary's check too, and the short rows are not named
    assert [p.no for p in check_ready(store, None, PERIOD, wide) if p.kind == "too_long"] == ["25"]


def test_export_widens_the_column_so_the_text_fits_its_row(store, tmp_path):
    _long_progress(store)
    out = tmp_path / "s.xlsx"
    result = export_submission(store, UNIT, PERIOD, out, options=ExportOptions(light=True, reason=True))
    assert [p.no for p in result.problems if p.kind == "too_long"] == ["25"]  # what the CLI prints
    ws = load_workbook(out)["报送表"]
    col = next(c.column_letter for c in ws[3] if c.value and "进展情况" in c.value)
    row = next(c.row for c in ws["A"] if c.value == 25)
    assert ws.cell(row, ws[f"{col}1"].column).value == LONG  # the text is whole in its cell
    width = ws.column_dimensions[col].width
    assert line_count(LONG, width) * LINE_PT + ROW_PAD_PT <= MAX_ROW_PT, width
    assert ws.row_dimensions[row].height <= MAX_ROW_PT
