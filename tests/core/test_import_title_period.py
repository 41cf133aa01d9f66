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


def test_a_category_column_merged_over_tasks_is_their_section(tmp_path):
    # 高唐县 2024 分工方案's layout (类别 | 任务内容 | 牵头领导 | 责任单位, no 序号): the 类别 column,
    # merged down over its tasks, was guessed as 工作评价 and the file refused for want of a period
    rows = [["2024年政府工作报告目标任务分工方案"], ["类别", "任务内容", "牵头领导", "责任单位"],
            ["主要预期目标", "地区生产总值增长6%左右。", "张超", "县发展改革局"],
            [None, "一般公共预算收入增长5%。", "李明", "县财政局"],
            ["扎实推进项目建设", "全年实施县级重点项目100个以上。", "张超", "县发展改革局\n县住建局"],
            [None, "开工建设标准化厂房20万平方米。", "王刚", "高唐经济开发区管委会"]]
    table = read_file(write_xlsx(tmp_path / "分工方案.xlsx", rows, ("A1:D1", "A3:A4", "A5:A6")))
    assert [(t.no, t.section) for t in table.tasks] == [("1", "主要预期目标"), ("2", "主要预期目标"),
                                                        ("3", "扎实推进项目建设"), ("4", "扎实推进项目建设")]
    assert table.tasks[2].lead_units[:1] == ["县发展改革局"] and not table.entries
