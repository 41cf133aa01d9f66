"""Column roles: what a header's words and a column's cells say a column holds.

Every reader (spreadsheet, csv, Word table, report text) hands the engine a grid; these scores
decide, per column, which field of a task or an entry it fills. Header words give most of the
score; the cells settle the words that mean two things (完成情况: status in one city, progress
text in another) and name columns whose header says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# key, label shown in the preview and in messages
ROLES: dict[str, str] = {
    "no": "序号",
    "text": "任务内容",
    "lead": "牵头单位",
    "coop": "配合单位",
    "leader": "责任领导",
    "deadline": "完成时限",
    "status": "工作评价",
    "progress": "进展情况",
    "plan": "下步安排",  # the entry's next_steps; DESIGN fixes the role keys (--map, the preview)
    "reason": "未达预期原因",
    "target": "目标值",
    "indicator": "指标值",
    "rank": "位次",
    "note": "备注",
    "source": "任务来源",
    "extra": "保留(附加信息)",
    "ignore": "忽略",
}
# roles a table has at most one column of; a second such column is kept under its own header
SINGLE = ("no", "text", "lead", "coop", "leader", "deadline", "status", "progress", "plan",
          "reason", "target", "indicator", "rank", "note", "source")

STATUS_WORDS = ("已完成", "序时推进", "未达预期", "滞后", "未启动", "正常推进", "超序时", "超序时推进",
                "欠进度", "推进缓慢", "进展缓慢", "按序时推进", "按时序推进", "已完成年度目标", "未完成",
                "进行中", "正在推进", "持续推进", "基本完成", "顺利推进", "有序推进", "达到序时",
                "未达序时", "落后序时", "完成", "推进中", "按计划推进", "超额完成", "正常", "滞后序时",
                "达进度", "超进度", "欠进度", "提前完成", "进度滞后", "序时完成", "按序时完成", "达到序时进度",
                "滞后序时进度", "已开工", "未开工", "已启动", "暂缓", "持续推进中", "基本达到序时")
_SPACES = re.compile(r"[\s\u3000]+")
_PUNCT = re.compile(r"[，。,;；：:、！!？?]")
_NUMBER = re.compile(r"^[（(]?\d{1,5}[)）.、．]?$")
_CN_NUMERAL = re.compile(r"^[（(]?[一二三四五六七八九十]{1,3}[)）、.．]?$")
_DATE = re.compile(r"(\d{4}\s*[年./-]|\d{1,2}\s*月|年底|年内|底前|长期|持续|常态|每[年季月]|季度|上半年|下半年|"
                   r"\d{4}-\d{2}-\d{2})")
_UNIT_END = ("委员会", "管委会", "办公室", "政府", "中心", "公司", "集团", "局", "委", "办", "院", "部",
             "厅", "会", "社", "行", "馆", "所", "队", "处", "署", "站", "联", "团", "校", "园", "区",
             "县", "市", "镇", "街道", "支队", "分局", "银行", "机构")
_LIST_SPLIT = re.compile(r"[、，,;；]|及(?!时)|以及")
_UNIT_SPLIT = re.compile(r"[,，、;；/\s]+")
_HANZI_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def clean(header: object) -> str:
    return _SPACES.sub("", str(header or "")).strip("*：:★")


# (role, strength, exact words) and (role, strength, words a header contains), in order of trust
_EXACT: list[tuple[str, float, tuple[str, ...]]] = [
    ("no", 1.0, ("序号", "编号", "序", "号", "任务序号", "任务编号", "项目编号", "序列号", "排序")),
    ("text", 1.0, ("重点工作任务", "重点工作", "工作任务", "目标任务", "重点工作目标任务", "目标与任务",
                   "督查内容", "内容与要求", "项目内容", "实事内容", "任务内容", "具体任务", "主要任务",
                   "重点任务", "任务", "工作内容", "重点工作内容", "任务名称", "项目名称", "督办事项",
                   "事项", "主要内容", "具体工作", "目标要求", "工作目标", "重点事项", "民生实事",
                   "实事项目", "工作事项", "具体内容", "内容", "重点工作事项", "目标任务及要求")),
    ("lead", 1.0, ("牵头责任单位", "牵头单位", "牵头部门", "主办单位", "主责单位", "牵头", "责任单位",
                   "责任部门", "承办单位", "主要责任单位", "牵头责任部门", "责任主体", "牵头市直单位")),
    ("coop", 1.0, ("配合单位", "协同责任单位", "协办单位", "配合部门", "协同单位", "参与单位", "协助单位",
                   "配合责任单位", "协同部门", "责任配合单位")),
    ("leader", 1.0, ("责任领导", "牵头领导", "牵头负责领导", "分管市领导", "分管领导", "牵头市领导",
                     "市政府责任领导", "责任市领导", "包保领导", "联系领导", "责任人", "负责人")),
    ("deadline", 1.0, ("完成时限", "时间节点", "完成时间", "时限", "完成期限", "时限要求", "时间要求",
                       "办结时限", "截止时间", "时间")),
    ("status", 1.0, ("工作评价", "完成状态", "进展评价", "推进状态", "工作状态", "进度评价", "评价",
                     "状态", "推进情况评价", "完成评价", "进展状态", "进度状态", "序时进度评价")),
    ("plan", 1.0, ("近期工作安排", "下步工作安排", "下一步工作安排", "下步工作计划", "工作安排",
                   "下步打算", "下一步打算", "下一步工作计划", "下步计划", "下步措施", "下一步措施")),
    ("reason", 1.0, ("未达预期原因", "滞后原因", "原因说明", "未完成原因", "原因", "存在问题")),
    ("indicator", 1.0, ("指标值", "完成值", "指标完成值")),
    ("rank", 1.0, ("全省位次", "排名", "位次")),
    ("target", 0.9, ("年度目标", "目标值", "预期目标", "目标")),
    ("note", 1.0, ("备注", "说明", "备考")),
    ("source", 1.0, ("任务来源", "来源", "任务依据", "依据", "出处", "文件依据")),
    ("extra", 0.0, ("红黄绿灯", "类别", "分类", "类型", "领域", "方面", "板块", "篇章", "部分")),  # groups of tasks
]
_CONTAINS: list[tuple[str, float, tuple[str, ...]]] = [
    ("coop", 0.9, ("配合", "协同", "协办", "协助", "参与")),
    ("leader", 0.9, ("领导", "市长", "县长", "区长", "负责人", "责任人")),  # 牵头县领导 is a person
    ("lead", 0.9, ("牵头",)),
    ("reason", 0.8, ("原因",)),
    ("plan", 0.9, ("下步", "下一步", "下阶段", "工作安排", "工作计划", "打算")),
    ("status", 0.8, ("评价", "状态", "等次", "评定")),
    ("progress", 0.9, ("进展", "进度", "推进情况", "落实情况", "工作情况", "执行情况", "开展情况",
                       "办理情况", "完成情况", "成效", "实施情况")),
    ("deadline", 0.8, ("时限", "完成时间", "时间节点", "期限")),
    ("lead", 0.7, ("单位", "部门")),
    ("source", 0.8, ("来源", "依据")),
    ("note", 0.8, ("备注",)),
    ("text", 0.7, ("任务", "内容", "事项", "目标", "要求", "工作")),
]
# shown when a header is not understood
EXAMPLES = ("序号、重点工作任务(工作任务、目标任务、实事内容…)、牵头单位(牵头责任单位、责任单位、主办单位…)、"
            "配合单位、责任领导、完成时限、工作评价(完成状态、推进状态…)、"
            "进展情况(1-5月份进展情况、工作进展、落实情况…)、近期工作安排、备注、任务来源")
# words that mean status in some files and progress text in others: the cells decide
AMBIGUOUS = ("完成情况", "推进情况", "落实情况", "进展情况评价")


# the year's schedule (进度安排, 时间安排, 工作计划, 计划进度, 序时进度): kept under its header,
# neither the progress (what was done) nor the next steps
_SCHEDULE = re.compile(r"^(?:\d{4}年)?(?:年度|全年|\d{1,2}月份?|工作|进度|时间|时序|序时|节点|推进|实施|"
                       r"目标|任务|计划)*"
                       r"(?:安排|计划|节点|计划进度|进度计划|序时进度|时序进度|时间进度)$")
_NOT_SCHEDULE = ("下步", "下一步", "近期", "下阶段", "时间节点")


_NOTE_TAIL = re.compile(r"[（(][^（）()]*[）)]$")


def without_note(header: str) -> str:
    """"重点工作任务(杭州市2项牵头工作)" -> "重点工作任务"."""
    return _NOTE_TAIL.sub("", clean(header))


def is_schedule(header: str) -> bool:
    """进度安排, 时间安排, 工作计划, 计划: the year's plan, not what was done."""
    h = clean(header)
    return bool(_SCHEDULE.match(h)) and not any(w in h for w in _NOT_SCHEDULE)


def _exact(h: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for role, strength, words in _EXACT:
        if h in words:
            out[role] = max(out.get(role, 0), strength)
    return out


def header_scores(header: str) -> dict[str, float]:
    """role -> strength (0..1) from a header's words alone."""
    h = clean(header)
    if not h:
        return {}
    # "重点工作任务(杭州市2项牵头工作)": the words before a note name the column as well
    out = _exact(h) or _exact(without_note(h))
    if out:
        return out
    if is_schedule(h):
        return {"extra": 1.0}
    # "进展情况、存在问题及下一步打算" names its column by the first thing it lists
    first = _LIST_SPLIT.split(h, 1)[0]
    for part in ((first, h) if first != h else (h,)):
        for role, strength, words in _CONTAINS:
            if any(w in part for w in words):
                out[role] = strength
                break  # the first, most telling word decides
        if out:
            break
    if h in AMBIGUOUS or ("完成情况" in h and "评价" not in h):
        out = {"progress": 0.8, "status": 0.6}
    return out


@dataclass
class Cells:
    """What a column's body cells look like."""

    filled: float = 0.0  # share of rows with a value
    avg_len: float = 0.0
    numbers: float = 0.0  # share of filled cells that are task numbers
    units: float = 0.0
    people: float = 0.0
    dates: float = 0.0
    statuses: float = 0.0  # short words from a small set
    known_statuses: float = 0.0  # words of STATUS_WORDS
    sentences: float = 0.0
    distinct: int = 0


def describe(values: list[str]) -> Cells:
    filled = [v for v in values if v]
    if not filled:
        return Cells()
    n = len(filled)
    c = Cells(filled=n / max(len(values), 1), avg_len=sum(len(v) for v in filled) / n,
              distinct=len(set(filled)))
    short = [v for v in filled if len(v) <= 8 and not _PUNCT.search(v)]
    c.numbers = sum(1 for v in filled if _NUMBER.match(v) or _CN_NUMERAL.match(v)) / n
    c.units = sum(1 for v in filled if looks_like_units(v)) / n
    c.people = sum(1 for v in filled if looks_like_people(v)) / n
    c.dates = sum(1 for v in filled if len(v) <= 30 and _DATE.search(v)) / n
    known = sum(1 for v in short if v in STATUS_WORDS)
    c.statuses = (known + (len(short) - known) * (0.5 if c.distinct <= 8 else 0)) / n
    c.known_statuses = known / n
    c.sentences = sum(1 for v in filled if len(v) > 20 or (len(v) > 8 and _PUNCT.search(v))) / n
    return c


def looks_like_units(value: str) -> bool:
    names = [n for n in _UNIT_SPLIT.split(re.sub(r"[（(][^）)]*[）)]", "", value)) if n]
    if not names or len(value) > 120:
        return False
    return sum(1 for n in names if n.endswith(_UNIT_END) and len(n) <= 20) >= max(1, len(names) * 0.6)


def looks_like_people(value: str) -> bool:
    names = [n for n in re.split(r"[,，、;；/\s]+", value) if n]
    # "张 三" is one name wrapped; a unit's name ends with 局/委 … and is not a person
    if len(names) > 1 and all(len(n) == 1 for n in names):
        names = ["".join(names)]
    return bool(names) and all(_HANZI_NAME.match(n) and not n.endswith(_UNIT_END[:12]) for n in names)


def content_scores(c: Cells) -> dict[str, float]:
    """role -> strength (0..1) from the cells alone."""
    if c.filled == 0:
        return {}
    out = {
        "no": c.numbers if c.avg_len <= 6 else 0.0,
        "lead": c.units * 0.9,
        "leader": c.people * 0.9,
        "deadline": c.dates * 0.8 if c.avg_len <= 20 else 0.0,
        "status": c.statuses * 0.9 if c.sentences < 0.2 else 0.0,
        "text": min(1.0, c.avg_len / 30) * 0.7 if c.sentences > 0.5 else 0.0,
        "progress": min(1.0, c.avg_len / 40) * 0.6 if c.sentences > 0.5 else 0.0,
    }
    return {k: v for k, v in out.items() if v > 0.3}


_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_TITLE_END = ("长", "书记", "主任", "秘书长", "专员", "调研员")
_PEOPLE_SPLIT = re.compile(r"[,，、;；/\n]+")


def people(value: str) -> str:
    """A leader cell as names joined by 、: "张  伟 李晓明" -> "张伟、李晓明" (a two-character name
    is padded with spaces to line up with three-character ones)."""
    if any(value.rstrip().endswith(u) for u in _UNIT_END[:12]):
        return value  # not names: keep as written
    names: list[str] = []
    for chunk in _PEOPLE_SPLIT.split(value):
        cur, joined = "", False
        for tok in _PADDED.sub(r"\1\2", chunk).split():  # "王  宏" is one name padded to three
            if cur and cur.endswith(_TITLE_END) and _HANZI_NAME.match(tok) and not tok.endswith(_TITLE_END):
                cur, joined = cur + tok, True  # "常务副市长 王宏": the title and the name
            elif cur and (len(cur) == 1 or (len(tok) == 1 and not joined)) and len(cur + tok) <= 4:
                cur, joined = cur + tok, True
            else:
                if cur:
                    names.append(cur)
                cur, joined = tok, False
        if cur:
            names.append(cur)
    return "、".join(names) if names else value
