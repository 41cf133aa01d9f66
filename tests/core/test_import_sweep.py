"""The robustness sweep: classes of variation a person gives a list when saving, retyping or
pasting it, each in one real-looking file (tests/core/import_corpus.py), read exactly or refused
with what to settle."""

import import_corpus as C
import pytest

from chizhou_desk.cli import main
from chizhou_desk.errors import InputError
from chizhou_desk.imports import read_file
from chizhou_desk.imports.detect import NeedsSettling

SEED_STATUS = ["未达预期"] * 4


def _units(table) -> list[tuple[list[str], list[str]]]:
    return [(t.lead_units, t.coop_units) for t in table.tasks]


# --- the office's own table as a person saves it -------------------------------------------------

def test_retyped_header_with_line_breaks_and_spaces_reads_like_the_seed(tmp_path):
    table = read_file(C.chizhou_retyped_header(tmp_path))
    assert (table.plan.year, table.period_key) == (2025, "2025-05")
    assert [(t.no, t.text) for t in table.tasks] == [(str(r[0]), r[1]) for r in C.CHIZHOU_ROWS]
    assert [table.entries[t.no].status for t in table.tasks] == SEED_STATUS
    assert table.entries["3"].next_steps.startswith("加强监测分析")


def test_list_after_an_empty_and_a_cover_sheet_with_hidden_and_blank_columns(tmp_path, empty_store):
    table = read_file(C.chizhou_cover_sheet_hidden_and_blank_columns(tmp_path))
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]  # the hidden row is a task too
    assert table.tasks[3].text == "城镇居民人均可支配收入增长5.5%。"
    assert table.plan.doc_no == "池政秘〔2025〕9号" and table.period_key == "2025-05"
    empty_store.import_table(table)
    rows = {r.no: r for r in empty_store.task_rows("2025-05")}
    assert rows["3"].lead_units == ["市工业和信息化局"] and rows["4"].lead_units == ["市人力资源社会保障局"]


# --- two tables in one sheet ----------------------------------------------------------------------

def test_two_tables_in_one_sheet_are_refused_naming_both_header_rows(tmp_path):
    with pytest.raises(NeedsSettling) as exc:
        read_file(C.two_tables_one_sheet(tmp_path))
    msg = str(exc.value)
    assert "第 2 行、第 7 行都是表头" in msg and "--header-row" in msg


def test_the_chosen_table_of_two_ends_where_the_other_begins(tmp_path):
    path = C.two_tables_one_sheet(tmp_path)
    first = read_file(path, header_row=1)
    assert [t.text for t in first.tasks] == [r[1] for r in C.CHIZHOU_ROWS[:2]]
    assert first.notes == ["工作表“Sheet1”第 7 行是另一张表的表头，那张表未导入"]
    second = read_file(path, "2025-05", header_row=6)
    assert [(t.no, t.lead_units) for t in second.tasks] == [("1", ["市教育体育局"]), ("2", ["市住房城乡建设局"])]
    assert second.notes == ["工作表“Sheet1”第 2 行是另一张表的表头，那张表未导入"]


def test_two_tables_through_the_cli(tmp_path, capsys):
    path, db = C.two_tables_one_sheet(tmp_path), tmp_path / "t.db"
    assert main(["--db", str(db), "import", str(path)]) == 2
    assert "--header-row" in capsys.readouterr().err and not db.exists()
    assert main(["--db", str(db), "import", str(path), "--header-row", "2"]) == 0
    out = capsys.readouterr()
    assert "新增任务 2" in out.out and "第 7 行是另一张表的表头" in out.err


# --- numbering ------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", C.NUMBERINGS)
def test_number_column_written_another_way(tmp_path, kind):
    written, want = C.NUMBERINGS[kind]
    table = read_file(C.numbered_list(tmp_path, written))
    assert [t.no for t in table.tasks] == want
    assert [t.text for t in table.tasks] == [r[1] for r in C.CHIZHOU_ROWS]


def test_parts_written_in_the_number_become_sections(tmp_path):
    table = read_file(C.numbered_list(tmp_path, ["（一）1", "（一）2", "（二）1", "（二）2"]))
    assert [t.section for t in table.tasks] == ["（一）", "（一）", "（二）", "（二）"]


def test_numbers_inside_the_task_text_in_full_width(tmp_path):
    rows = [["2025年市政府重点工作责任清单"], ["重点工作任务", "牵头单位"],
            *[[f"{'１２３４'[i]}．{r[1]}", r[2]] for i, r in enumerate(C.CHIZHOU_ROWS)]]
    table = read_file(C.write_xlsx(tmp_path / "t.xlsx", rows))
    assert [(t.no, t.text) for t in table.tasks] == [(str(r[0]), r[1]) for r in C.CHIZHOU_ROWS]


def test_a_chinese_numeral_with_units_among_arabic_numbers_is_refused(tmp_path):
    rows = [["2025年市政府重点工作责任清单"], ["序号", "重点工作任务", "牵头单位"],
            ["一", "稳定经济增长", "市发展改革委"], [1, "地区生产总值增长6.5%以上。", "市发展改革委"],
            [2, "固定资产投资增长8%以上。", "市发展改革委"]]
    with pytest.raises(InputError) as exc:
        read_file(C.write_xlsx(tmp_path / "t.xlsx", rows))
    assert "第 3 行" in str(exc.value) and "序号“一”是中文数字" in str(exc.value)


# --- unit cells -----------------------------------------------------------------------------------

def test_one_unit_cell_labelled_with_lead_and_co_units(tmp_path):
    table = read_file(C.labelled_unit_cells(tmp_path))
    assert _units(table) == C.LABELLED_UNITS_EXPECTED


def test_labelled_unit_cells_in_the_store(tmp_path, empty_store):
    r = empty_store.import_table(read_file(C.labelled_unit_cells(tmp_path)))
    rows = sorted(empty_store.task_rows(None), key=lambda row: int(row.no))
    assert [(row.lead_units, row.coop_units) for row in rows][:2] == [
        (["市发展改革委"], ["市统计局", "市财政局"]), (["市财政局"], ["市税务局"])]
    assert not any("牵头" in u or "配合" in u for u in r.unknown_units)


# --- periods --------------------------------------------------------------------------------------

def test_one_progress_column_a_period_under_a_merged_header(tmp_path):
    table = read_file(C.months_under_progress(tmp_path))
    assert table.period_key == "2025-06"
    assert [t.no for t in table.tasks] == ["1", "2", "3", "4"]
    assert table.entries["1"].progress == "上半年，增长6.6%，增速居全省第5位。"
    assert table.tasks[0].extra == {"进展情况/1-3月": "一季度，增长6.4%。"}
    assert [table.entries[n].status for n in "1234"] == ["超序时", "欠进度", "正常推进", "已完成"]


# --- cells as Excel keeps them ----------------------------------------------------------------------

def test_formulas_with_values_dates_floats_and_rich_text(tmp_path):
    table = read_file(C.formulas_dates_rich_text(tmp_path))
    assert [(t.no, t.text) for t in table.tasks] == [(str(r[0]), r[1]) for r in C.CHIZHOU_ROWS[:3]]
    assert [t.deadline for t in table.tasks] == ["2025-12-31", "2025-06-30", "2025年底"]


def test_formulas_saved_without_values_are_refused_naming_the_cell(tmp_path, capsys):
    path, db = C.formulas_dates_rich_text(tmp_path, cached=False), tmp_path / "t.db"
    with pytest.raises(InputError) as exc:
        read_file(path)
    assert "工作表“Sheet1”E3 单元格" in str(exc.value) and "没有保存公式的结果" in str(exc.value)
    assert main(["--db", str(db), "import", str(path)]) == 2 and not db.exists()
    assert "Excel 或 WPS 中打开并保存" in capsys.readouterr().err


# --- documents and workbooks holding more than the list ---------------------------------------------

def test_word_report_names_its_list_far_above_the_table(tmp_path):
    table = read_file(C.chizhou_report_docx(tmp_path))
    assert (table.plan.year, table.period_key) == (2025, "2025-05")
    assert table.plan.title == "2025年市政府重点工作责任清单" and table.plan.doc_no == "池政秘〔2025〕9号"
    assert [(t.no, t.text) for t in table.tasks] == [(str(r[0]), r[1]) for r in C.CHIZHOU_ROWS]
    assert [table.entries[t.no].status for t in table.tasks] == SEED_STATUS


def test_two_lists_on_two_sheets_are_refused_naming_both(tmp_path, capsys):
    path, db = C.two_lists_two_sheets(tmp_path), tmp_path / "t.db"
    with pytest.raises(NeedsSettling) as exc:
        read_file(path)
    assert "“重点工作”、“民生实事”" in str(exc.value) and "--sheet" in str(exc.value)
    assert main(["--db", str(db), "import", str(path), "--sheet", "民生实事"]) == 0
    assert "新增任务 1" in capsys.readouterr().out
    assert [t.text for t in read_file(path, sheet=0).tasks] == [r[1] for r in C.CHIZHOU_ROWS]


# --- text pasted from a PDF, status words wrapped ---------------------------------------------------

def test_report_text_broken_where_the_column_ended_reads_whole_lines(tmp_path, empty_store):
    table = read_file(C.report_text_wrapped(tmp_path))
    assert [(t.no, t.text) for t in table.tasks] == [(str(r[0]), r[1]) for r in C.CHIZHOU_ROWS]
    assert table.entries["1"].progress == C.CHIZHOU_ROWS[0][4]
    assert table.entries["3"].next_steps == C.CHIZHOU_ROWS[2][5]
    assert table.entries["2"].progress == "1.固定资产投资增长5.1%。\n2.重点项目开工率达到65%。"
    empty_store.import_table(table)
    assert [r.lead_units for r in empty_store.task_rows("2025-05")] == [
        ["市发展改革委"], ["市发展改革委"], ["市工业和信息化局"], ["市人力资源社会保障局"]]


def test_status_words_wrapped_or_bracketed_in_a_narrow_column(tmp_path):
    rows = [[C.CHIZHOU_TITLE], C.CHIZHOU_HEADER,
            *[r[:3] + [s] + r[4:] for r, s in zip(C.CHIZHOU_ROWS, ["未达\n预期", "序时 推进", "【未达预期】", "已完成"],
                                                  strict=True)]]
    table = read_file(C.write_xlsx(tmp_path / "2025年进展.xlsx", rows))
    assert [table.entries[t.no].status for t in table.tasks] == ["未达预期", "序时推进", "未达预期", "已完成"]
