"""Export titles when the list came from an office workbook, whose top rows hold anything."""

import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from xlsx_builders import list_file  # noqa: E402

from chizhou_desk.exports.submission import export_submission  # noqa: E402
from chizhou_desk.exports.summary import export_summary  # noqa: E402
from chizhou_desk.imports import read_file  # noqa: E402


def first_cell(path, sheet):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()[0][0]


@pytest.mark.parametrize("title", [
    "附件1",  # the list's name is only on the next row
    "2025年市政府重点工作责任清单1-6月份进展情况汇总表",
    "2025年市政府重点工作责任清单1-6月份进展情况（市财政局）",
    "关于1-6月份市政府重点工作责任清单进展情况的报告",
])
def test_titles_name_the_list_once_whatever_stood_above_the_header(empty_store, tmp_path, title):
    path = list_file(tmp_path, title=title)
    if title == "附件1":  # put the real title in the note row under it
        import openpyxl

        wb = openpyxl.load_workbook(path)
        wb.active["A2"] = "2025年市政府重点工作责任清单1-6月份进展情况"
        wb.save(path)
    empty_store.import_table(read_file(path))
    assert empty_store.plan_info(2025)["title"] == "2025年市政府重点工作责任清单"
    sub = export_submission(empty_store, "市发改委", "2025-06", tmp_path / "sub.xlsx").path
    assert first_cell(sub, "报送表") == "2025年市政府重点工作责任清单1-6月份进展情况（市发改委）"  # no city named: the name as listed
    summ = export_summary(empty_store, "2025-06", tmp_path / "sum.xlsx").path
    assert first_cell(summ, "汇总表") == "1-6月份市政府重点工作责任清单进展情况汇总表"


def test_a_title_row_without_a_list_name_gives_the_default(empty_store, tmp_path):
    empty_store.import_table(read_file(list_file(tmp_path, title="填报日期:2025年7月5日")))
    assert empty_store.plan_info(2025)["title"] == "2025年重点工作责任清单"
