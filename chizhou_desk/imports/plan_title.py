"""The list's own title out of the text above a table's header.

Offices put anything there: "附件1", the period's report title, "…汇总表", a unit in brackets.
Exports build their titles as plan title + period + 进展情况, so only the list's name may stay.
"""

import re

from chizhou_desk.domain import default_plan_title

_ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?$")
_CUT = [
    re.compile(r"^关于"),
    re.compile(r"^(1|一)\s*[-—–~至]\s*\d{1,2}\s*月份?(的|份)?"),
    re.compile(r"^([一二三四]季度|上半年|前三季度|全年)(的)?"),
    re.compile(r"[（(][^（）()]*[)）]$"),  # (市发展改革委), (第二批)
    re.compile(r"的?报告$"),
    re.compile(r"(进展|完成|落实)?情况?(汇总|统计)?表?$"),
    re.compile(r"(推进|进展)(情况)?$"),  # …清单1-5月份推进情况: the month's progress, not the list
    re.compile(r"[（(]?\s*(1|一)\s*[-—–~至]\s*\d{1,2}\s*月份?\s*[)）]?$"),
    re.compile(r"[（(]?\s*(\d{1,2}\s*月份?|[一二三四]季度|上半年|下半年|前三季度|全年)\s*[)）]?$"),
]
_LIST_WORDS = ("清单", "重点工作", "责任")


def plan_title(lines: list[str], year: int) -> str:
    """The first line naming a list, stripped of period, report and unit words; else the default."""
    for line in lines:
        line = re.sub(r"\s+", "", line)
        if not line or _ATTACHMENT.match(line) or not any(w in line for w in _LIST_WORDS):
            continue
        title = list_name(line)
        if any(w in title for w in _LIST_WORDS):
            return title if re.search(r"20\d{2}\s*年", title) else f"{year}年{title}"
    return default_plan_title(year)


def list_name(title: str) -> str:
    """The list's own name out of a title: the period phrase and words such as 推进情况, 进展情况,
    汇总表, 报告 are the month's, not the list's ("…清单1-5月份推进情况" -> "…清单")."""
    name, before = "".join(title.split()), None
    while name != before:  # the parts come in any order: …清单1-5月份进展情况汇总表(市财政局)
        before = name
        for pattern in _CUT:
            name = pattern.sub("", name)
    return name if any(w in name for w in _LIST_WORDS) else "".join(title.split())
