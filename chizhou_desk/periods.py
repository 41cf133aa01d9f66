"""Period keys (YYYY-MM, cumulative months) and their labels (1-5月份, 一季度, 上半年 …)."""

import re

from chizhou_desk.errors import InputError

_KEY = re.compile(r"^(\d{4})-(\d{1,2})$")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_NAMED = {  # cumulative end month
    "一季度": 3, "第一季度": 3, "1季度": 3,
    "上半年": 6, "二季度": 6, "第二季度": 6,
    "前三季度": 9, "三季度": 9, "第三季度": 9,
    "全年": 12, "四季度": 12, "第四季度": 12, "年度": 12,
}
_RANGE = re.compile(r"(\d{1,2})\s*(?:月份?)?\s*[-—–~至到]\s*(\d{1,2})\s*月")  # 1-6月, 1月至6月
_CN_RANGE = re.compile(r"([一二三四五六七八九十]{1,3})\s*(?:月份?)?\s*[-—–~至到]\s*([一二三四五六七八九十]{1,3})\s*月")
_SINGLE = re.compile(r"(?<![\d-])(\d{1,2})\s*月份?")
_YEAR = re.compile(r"(20\d{2})\s*年")


def make_key(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return f"{year:04d}-{month:02d}"


def split_key(key: str) -> tuple[int, int]:
    m = _KEY.match(key.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise InputError(f"期间应为 YYYY-MM 格式(如 2025-05)：{key!r}")
    return int(m.group(1)), int(m.group(2))


def label(key: str) -> str:
    """2025-05 -> 1-5月份; 2025-01 -> 1月份."""
    _, month = split_key(key)
    return "1月份" if month == 1 else f"1-{month}月份"


def long_label(key: str) -> str:
    year, _ = split_key(key)
    return f"{year}年{label(key)}"


def parse(text: str, year: int | None = None) -> str:
    """Read a period from a key or a label ('2025-05', '1-5月份进展情况', '上半年') -> key.

    The year comes from the text ('2025年1-5月') or from `year`.
    """
    s = text.strip()
    if _KEY.match(s):
        split_key(s)
        y, m = split_key(s)
        return make_key(y, m)
    ym = _YEAR.search(s)
    if ym:
        year = int(ym.group(1))
    month = _end_month(s)
    if month is None:
        raise InputError(f"无法识别期间：{text!r}")
    if year is None:
        raise InputError(f"期间缺少年份：{text!r}")
    return make_key(year, month)


def _end_month(s: str) -> int | None:
    m = _RANGE.search(s)
    if m:
        start, end = int(m.group(1)), int(m.group(2))
        return end if start == 1 and 1 <= end <= 12 else None
    m = _CN_RANGE.search(s)
    if m:
        cn_start, cn_end = _CN_DIGITS.get(m.group(1)), _CN_DIGITS.get(m.group(2))
        return cn_end if cn_start == 1 and cn_end else None
    for name in sorted(_NAMED, key=len, reverse=True):
        if name in s:
            return _NAMED[name]
    m = _SINGLE.search(s)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(1))
    return None


def find_in_header(text: str) -> int | None:
    """The end month named in a column header such as '1-5月份进展情况', or None."""
    return _end_month(text)


def next_key(key: str) -> str:
    """The period after `key`: one more cumulative month (the next year's January after December)."""
    year, month = split_key(key)
    return make_key(year + 1, 1) if month == 12 else make_key(year, month + 1)


def elapsed_fraction(key: str) -> float:
    """Share of the year that a cumulative period covers (序时进度): 2025-05 -> 5/12."""
    return split_key(key)[1] / 12
