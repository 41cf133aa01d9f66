"""The 红黄绿灯 rules (ARCHITECTURE: Outputs) on hand-made rows and on the published report."""

from collections import Counter
from datetime import date
from types import SimpleNamespace

import pytest

from chizhou_desk.domain import Light
from chizhou_desk.lights import (
    indicator_target_of,
    indicator_value_of,
    light_counts,
    light_for,
    parse_date,
    sequential_target,
)

KEY = "2025-05"
JUNE = date(2025, 6, 26)


def row(status=None, progress=None, deadline="", text="某项工作。", target="", indicator=None,
        indicator_target=None):
    if progress is None:  # a row with a status is a reported one unless the test says otherwise
        progress = "已推进。" if status else ""
    return SimpleNamespace(status=status, progress=progress, deadline=deadline, text=text,
                           target=target, indicator=indicator, indicator_target=indicator_target)


@pytest.mark.parametrize("status, expected", [
    ("已完成", Light.GREEN), ("序时推进", Light.GREEN), ("未达预期", Light.RED),
    ("滞后", Light.RED), ("未启动", Light.YELLOW), ("进度缓慢", Light.RED), ("欠进度", Light.RED),
    ("超序时", Light.GREEN),
])
def test_status_words(status, expected):
    assert light_for(row(status, "有进展"), KEY, today=JUNE) is expected


def test_overdue_is_red_unless_done():
    assert light_for(row("序时推进", deadline="2025年3月底"), KEY, today=JUNE) is Light.RED
    assert light_for(row("已完成", deadline="2025年3月底"), KEY, today=JUNE) is Light.GREEN
    # a deadline after the period's end is not overdue in that period, whatever today is
    assert light_for(row("序时推进", deadline="2025年6月底"), KEY, today=date(2025, 12, 1)) is Light.GREEN
    # while the period runs, today counts
    assert light_for(row("序时推进", deadline="2025-05-10"), KEY, today=date(2025, 5, 5)) is Light.GREEN
    assert light_for(row("序时推进", deadline="2025-05-10"), KEY, today=date(2025, 5, 20)) is Light.RED


def test_unfilled_turns_yellow_when_the_due_date_nears_and_red_once_it_has_passed():
    assert light_for(row(), KEY, due_date="2025-06-05", today=date(2025, 5, 1)) is Light.NONE
    assert light_for(row(), KEY, due_date="2025-06-05", today=date(2025, 5, 30)) is Light.YELLOW
    assert light_for(row(), KEY, due_date=date(2025, 6, 5), today=date(2025, 6, 5)) is Light.YELLOW
    assert light_for(row(), KEY, due_date=date(2025, 6, 5), today=date(2025, 6, 6)) is Light.RED
    # no due date: due ten days after the period's end, so not red while reports are being written
    assert light_for(row(), KEY, today=date(2025, 5, 31)) is Light.NONE
    assert light_for(row(), KEY, today=date(2025, 6, 5)) is Light.YELLOW
    assert light_for(row(), KEY, today=date(2025, 6, 10)) is Light.YELLOW
    assert light_for(row(), KEY, today=date(2025, 6, 11)) is Light.RED
    assert light_for(row(), KEY, today=JUNE) is Light.RED
    # a status carried into the period without progress is still unreported
    assert light_for(row("序时推进", progress=""), KEY, due_date="2025-06-05", today=JUNE) is Light.RED


def test_indicator_below_sequential_target_is_yellow():
    amount = row("序时推进", text="完成年度投资478亿元。", indicator_target=478.0)
    assert sequential_target(amount, KEY) == pytest.approx(478 * 5 / 12)
    amount.indicator = 150.0
    assert light_for(amount, KEY, today=JUNE) is Light.YELLOW
    amount.indicator = 220.0
    assert light_for(amount, KEY, today=JUNE) is Light.GREEN
    rate = row("序时推进", "1-5月,预计增长6%。", text="服务业增加值增长6.5%以上。")
    assert sequential_target(rate, KEY) == 6.5 and indicator_value_of(rate) == 6.0
    assert light_for(rate, KEY, today=JUNE) is Light.YELLOW
    rate.progress = "1-5月,增长7%。"
    assert light_for(rate, KEY, today=JUNE) is Light.GREEN


def test_reading_targets_and_dates():
    assert indicator_target_of(row(text="地区生产总值增长6.5%以上。")) == 6.5
    assert indicator_target_of(row(text="实施项目496个,完成投资478亿元。")) is None
    assert indicator_value_of(row(progress="优良天数比例下降1.4%", text="比例增长2%")) == -1.4
    assert parse_date("2025年12月底") == date(2025, 12, 31)
    assert parse_date("6月底前", 2025) == date(2025, 6, 30)
    assert parse_date("年底前", 2025) == date(2025, 12, 31)
    assert parse_date("长期坚持", 2025) is None


def test_published_report_lights(store):
    rows = store.task_rows(KEY)
    counts = light_counts(rows, KEY, today=JUNE)
    assert counts[Light.RED] == 9  # the eight 未达预期 and task 49, unreported after the period
    by_no = {r.no: light_for(r, KEY, today=JUNE) for r in rows}
    assert by_no["39"] is Light.GREEN  # 已完成
    assert by_no["49"] is Light.RED  # unfilled after the period ended: overdue
    assert by_no["25"] is Light.YELLOW  # 6% against a 6.5% target
    assert Counter(by_no.values())[Light.GREEN] == 39  # 39 序时推进 + 1 已完成 - task 25


def test_reasons_say_why_in_words():
    from chizhou_desk.lights import light_reason

    assert light_reason(row("未达预期"), KEY, today=JUNE) == "工作评价为“未达预期”"
    rate = row("序时推进", "1-5月,预计增长6%。", text="服务业增加值增长6.5%以上。")
    assert light_reason(rate, KEY, today=JUNE) == "进展中的数字 6 低于序时目标 6.5"
    assert light_reason(row(), KEY, due_date="2025-06-05", today=JUNE) == \
        "已过报送截止日期(2025-06-05)仍未填报进展"
    assert light_reason(row(), KEY, today=JUNE) == "已过期末后10天(2025-06-10)仍未填报进展"
    assert light_reason(row("序时推进", deadline="2025年3月底"), KEY, today=JUNE) == \
        "已过完成时限(2025年3月底)且未完成"
    # a status without progress is not a report: a carried 已完成 gets no green, 未达预期 no red
    assert light_for(row("已完成", progress=""), KEY, due_date="2025-07-05", today=JUNE) is Light.NONE
    assert light_for(row("已完成", progress=""), KEY, today=JUNE) is Light.RED  # overdue
    assert light_reason(row("未达预期", progress=""), KEY, due_date="2025-07-05", today=JUNE) == "尚未填报进展"


@pytest.mark.parametrize("word", ["未达预期", "滞后", "欠进度", "推进缓慢", "进度慢", "落后", "未完成", "序时推进",
                                  "超序时", "正常推进", "已完成", "未启动", "未开工"])
def test_a_word_asks_for_a_reason_exactly_when_it_lights_red(word):
    # one vocabulary (domain.status_meaning): the light and the reason rule never disagree
    from chizhou_desk.domain import needs_reason

    assert (light_for(row(word, "有进展"), KEY, today=JUNE) is Light.RED) == needs_reason(word)


def test_judging_rows_one_at_a_time_gives_each_rows_light(store):
    """The table judges a row's light when it is first shown (issue 28): the same light as
    light_for, for every task of the sample, due date and the plan's words included."""
    from chizhou_desk.lights import light_for, light_judge

    key = "2025-05"
    store.set_period(key, due_date="2025-06-10")
    due, words = store.period(key).due_date, store.status_words(key)
    judge = light_judge(key, due, words)
    rows = store.task_rows(key)
    assert [judge(r) for r in rows] == [light_for(r, key, due, words=words) for r in rows]
    assert len({judge(r) for r in rows}) > 1  # the sample lights more than one colour
