"""A list's title names its year ("2025年度…清单"); only a title that reports on a span names a
period. A progress column under a year-only title must ask for the period, not take 1-12月份."""

import pytest
from xlsx_builders import write_xlsx

from chizhou_desk.errors import PeriodNeeded
from chizhou_desk.imports import read_file

ROWS = [["序号", "重点工作任务", "牵头单位", "进展情况"],
        [1, "地区生产总值增长6.5%以上。", "市发展改革委", "一季度增长6.4%。"],
        [2, "固定资产投资增长8%。", "市发展改革委", "1-5月增长5.1%。"],
        [3, "规模以上工业增加值增长8%。", "市经济和信息化局", "1-5月增长7.7%。"]]


@pytest.mark.parametrize("title", ["2025年度市政府重点工作任务清单", "2025年度重点工作责任清单进展情况"])
def test_a_year_only_title_asks_for_the_period(tmp_path, title):
    path = write_xlsx(tmp_path / "list.xlsx", [[title], *ROWS])
    with pytest.raises(PeriodNeeded):
        read_file(path)
    table = read_file(path, period_key="2025-05")  # settled as the message says
    assert (table.plan.year, table.period_key, len(table.entries)) == (2025, "2025-05", 3)


@pytest.mark.parametrize("title, key", [("2025年度重点工作完成情况", "2025-12"),
                                        ("2025年全年重点工作进展情况", "2025-12"),
                                        ("2025年度重点工作1-9月份进展情况", "2025-09")])
def test_a_title_reporting_on_a_span_names_the_period(tmp_path, title, key):
    table = read_file(write_xlsx(tmp_path / "list.xlsx", [[title], *ROWS]))
    assert table.period_key == key
