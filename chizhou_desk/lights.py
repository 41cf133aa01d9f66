"""The 红黄绿灯 status light of a task in a period (ARCHITECTURE: Outputs). Pure functions, no Qt, no SQL.

A status word lights by its meaning in the plan (domain.StatusWords: the meaning the office set,
else the one read from the word): done and on track green, behind red, not started yellow.

Rules, first match wins:
  red     a "behind" word (未达预期, 滞后, 欠进度 …), or the task's deadline has passed
          (as of the period's end, or today while the period is running) and it is not done
  green   a "done" word with this period's progress written (a status alone is not a report)
  yellow  a "not started" word (未启动 …); an indicator below its 序时 target
  red     unfilled after the period's due date (overdue; without one, DEFAULT_DUE_DAYS after its end)
  yellow  unfilled while that date is near (≤ NEAR_DAYS)
  green   an "on track" word (序时推进, 超序时 …)
  none    unfilled and not yet due, progress written without a status word (未评价: not judged
          yet, so not green), or a status word we cannot judge
"""

import calendar
import re
from datetime import date, timedelta

from chizhou_desk import periods as P
from chizhou_desk.domain import BEHIND, DONE, NOT_STARTED, ON_TRACK, Light, StatusWords, is_filled, status_meaning

NEAR_DAYS = 7
DEFAULT_DUE_DAYS = 10  # a period without a due date: due this many days after its end
# An indicator target that is a rate (增长6.5%, 比例80%) is compared as is;
# an amount (投资478亿元, 造林1万亩) is expected in proportion to the elapsed year.
_RATE_HINT = re.compile(r"增长|增速|涨幅|下降|比例|比重|率")


def period_end(period_key: str) -> date:
    year, month = P.split_key(period_key)
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str | None, year: int | None = None) -> date | None:
    """A deadline or due date as written ('2025-06-30', '2025年12月底', '6月底前', '年底前', '上半年')
    -> the last day it allows; None for '长期坚持', '持续推进' or empty."""
    if not text:
        return None
    s = str(text).strip()
    m = re.search(r"(20\d{2})[-./年](\d{1,2})[-./月](\d{1,2})", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    ym = re.search(r"(20\d{2})\s*年", s)
    if ym:
        year = int(ym.group(1))
    if year is None:
        return None
    m = re.search(r"(\d{1,2})\s*月", s)
    if m and 1 <= int(m.group(1)) <= 12:
        month = int(m.group(1))
        return date(year, month, calendar.monthrange(year, month)[1])
    for words, month in ((("一季度",), 3), (("上半年", "二季度", "年中"), 6), (("三季度",), 9),
                         (("年底", "年末", "全年", "四季度", "年内"), 12)):
        if any(w in s for w in words):
            return date(year, month, calendar.monthrange(year, month)[1])
    if ym and s.rstrip("前底末内") == ym.group(0).strip():
        return date(year, 12, 31)  # "2025年" alone
    return None


def is_rate_target(target_text: str) -> bool:
    """True when the task's target reads as a rate (增长6.5%, 比例80%), False for an amount
    (投资478亿元, 新增35家), which is expected in proportion to the elapsed year."""
    t = target_text or ""
    if re.search(r"\d\s*[%％]", t):
        return True
    return not re.search(r"\d", t) and bool(_RATE_HINT.search(t))


_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")
_GROWTH = re.compile(r"(增长|下降)\s*(\d+(?:\.\d+)?)\s*[%％]")


def indicator_target_of(row) -> float | None:
    """The task's numeric target: the stored one, else the only number in its target or text
    ('地区生产总值增长6.5%以上。' -> 6.5); None when there is none or several."""
    if getattr(row, "indicator_target", None) is not None:
        return float(row.indicator_target)
    for text in (getattr(row, "target", "") or "", getattr(row, "text", "") or ""):
        numbers = _NUMBER.findall(text)
        if len(numbers) == 1:
            return float(numbers[0])
        if numbers:
            return None
    return None


def indicator_value_of(row) -> float | None:
    """The entered indicator value, else the growth rate read from the progress text of a task
    whose target is a rate ('1-5月,增长5.1%。' -> 5.1; '下降1.4%' -> -1.4)."""
    if getattr(row, "indicator", None) is not None:
        return float(row.indicator)
    if indicator_target_of(row) is None or not is_rate_target(_target_text(row)):
        return None
    m = _GROWTH.search(getattr(row, "progress", "") or "")
    if not m:
        return None
    value = float(m.group(2))
    return -value if m.group(1) == "下降" else value


def _target_text(row) -> str:
    return (getattr(row, "target", "") or "") + (getattr(row, "text", "") or "")


def sequential_target(row, period_key: str) -> float | None:
    """The 序时 target of the task's numeric indicator for the period, or None without one."""
    target = indicator_target_of(row)
    if target is None:
        return None
    if is_rate_target(_target_text(row)):
        return float(target)
    return float(target) * P.elapsed_fraction(period_key)


def light_for(row, period_key: str, due_date: str | date | None = None,
              today: date | None = None, words: StatusWords | None = None) -> Light:
    """The light of `row` (a TaskRow or anything with status, progress, deadline, indicator,
    indicator_target, target, text) in the period; `due_date` is the period's reporting due date;
    `words` the plan's status words (store.status_words), whose meanings the office may have set."""
    return judge(row, period_key, due_date, today, words)[0]


def light_judge(period_key: str, due_date: str | date | None = None, words: StatusWords | None = None):
    """light_for(row) for many rows of one period, judged one at a time (the table asks when a row
    is first shown): today is taken once, date.today() costs an import once PySide6 is loaded."""
    today = date.today()
    return lambda row: judge(row, period_key, due_date, today, words)[0]


def light_reason(row, period_key: str, due_date: str | date | None = None,
                 today: date | None = None, words: StatusWords | None = None) -> str:
    """Why the row has its light, in words a liaison can repeat to a leader."""
    return judge(row, period_key, due_date, today, words)[1]


_BY_MEANING = {DONE: "done", ON_TRACK: "green", BEHIND: "red", NOT_STARTED: "yellow"}


def word_light(status: str, words: StatusWords | None = None) -> str | None:
    """done / red / yellow / green for a status word by its meaning in the plan; None for no word
    (progress alone is not judged) or a word that says nothing we can judge."""
    if not status:
        return None
    meaning = words.meaning(status) if words is not None else status_meaning(status)
    return _BY_MEANING.get(meaning) if meaning else None


def judge(row, period_key: str, due_date=None, today: date | None = None,
          words: StatusWords | None = None) -> tuple[Light, str]:
    today = today or date.today()
    year = P.split_key(period_key)[0]
    status = (row.status or "").strip()
    filled = is_filled(row.progress)
    as_of = min(today, period_end(period_key))
    deadline = parse_date(getattr(row, "deadline", ""), year)
    kind = word_light(status, words)
    done = kind == "done"

    if kind == "red" and filled:
        return Light.RED, f"工作评价为“{status}”"
    if deadline is not None and deadline < as_of and not done:
        return Light.RED, f"已过完成时限({row.deadline})且未完成"
    if done and filled:  # 已完成 without progress is not reported: no green (issue 14)
        return Light.GREEN, "已完成" if status == "已完成" else f"工作评价为“{status}”"
    if kind == "yellow" and filled:
        return Light.YELLOW, f"工作评价为“{status}”"
    seq = sequential_target(row, period_key)
    value = indicator_value_of(row) if seq is not None else None
    if value is not None and seq is not None and value < seq and filled:
        source = "指标值" if getattr(row, "indicator", None) is not None else "进展中的数字"
        return Light.YELLOW, f"{source} {value:g} 低于序时目标 {seq:.4g}"
    if not filled:
        due = due_date if isinstance(due_date, date) else parse_date(due_date, year)
        named = due is not None
        # no due date set: reports are due some days after the period ends, not on its last day
        due = due or period_end(period_key) + timedelta(days=DEFAULT_DUE_DAYS)
        when = "报送截止日期" if named else f"期末后{DEFAULT_DUE_DAYS}天"
        if today > due:
            return Light.RED, f"已过{when}({due.isoformat()})仍未填报进展"
        if today >= due - timedelta(days=NEAR_DAYS):
            return Light.YELLOW, f"临近{when}({due.isoformat()})尚未填报进展"
        return Light.NONE, "尚未填报进展"
    if kind == "green":
        return Light.GREEN, f"工作评价为“{status}”"
    if not status:
        return Light.NONE, "已填报进展，还需选择工作评价"
    return Light.NONE, f"工作评价“{status}”无法判断"


def light_counts(rows, period_key: str, due_date=None, today: date | None = None,
                 words: StatusWords | None = None) -> dict[Light, int]:
    counts = {light: 0 for light in Light}
    for row in rows:
        counts[light_for(row, period_key, due_date, today, words)] += 1
    return counts
