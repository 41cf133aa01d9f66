"""Header names and their synonyms, shared by the text and xlsx readers."""

import re

# field -> header texts that mean it (compared without spaces and line breaks)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "no": ("序号", "编号", "任务序号", "序 号"),
    "text": ("重点工作任务", "工作任务", "任务内容", "重点任务", "主要任务", "任务", "工作内容", "重点工作"),
    "lead": ("牵头责任单位", "牵头单位", "责任单位", "牵头部门", "责任部门", "主办单位"),
    "coop": ("配合单位", "协同责任单位", "协办单位", "配合部门", "协同单位"),
    "status": ("工作评价", "完成情况", "进展评价", "推进情况评价", "评价", "进度评价", "工作状态"),
    "progress": ("进展情况", "工作进展情况", "工作进展", "推进情况", "完成进度", "进展"),
    "plan": ("近期工作安排", "下步工作安排", "下一步工作安排", "下步工作计划", "工作安排", "下步打算"),
    "reason": ("未达预期原因", "滞后原因", "原因说明", "未完成原因", "原因"),
    "leader": ("责任领导", "分管领导", "牵头市领导", "市政府责任领导"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时限"),
    "source": ("任务来源", "来源"),
    "target": ("目标任务", "年度目标", "工作目标", "目标"),
    "indicator": ("指标值", "完成值", "指标完成值"),
    "rank": ("全省位次", "排名", "位次"),
    "light": ("红黄绿灯",),
    "comment": ("备注", "说明"),
}
_PERIOD_PROGRESS = re.compile(r"^(\d{4}年)?(\d{1,2}[-—–~至]\d{1,2}月份?|\d{1,2}月份?|一季度|上半年|前三季度|全年)"
                              r"(工作)?(进展情况|进展|完成情况)$")
_SPACES = re.compile(r"[\s\u3000]+")
EXTRA_FIELDS = ("coop", "leader", "deadline", "source", "target")


_SENTENCE = re.compile(r"[，。,;；：:、！!？?\n]")
STATUS_MAX_CHARS = 8


def status_problem(value: str) -> str | None:
    """Why a 工作评价 cell is not a status word (a sentence in a 完成情况 column), or None."""
    if value and (len(value) > STATUS_MAX_CHARS or _SENTENCE.search(value)):
        return (f"“{value[:20]}…”不是工作评价(应为 已完成、序时推进、未达预期 等);"
                "如该列是进展文字,请把列名改为“进展情况”")
    return None


def clean(header: str) -> str:
    return _SPACES.sub("", str(header or "")).strip("*：:")


def match(header: str) -> str | None:
    """The field a header cell names, or None. '1-5月份进展情况' -> 'progress'."""
    h = clean(header)
    if not h:
        return None
    if _PERIOD_PROGRESS.match(h):
        return "progress"
    for fld, names in SYNONYMS.items():
        if h in (clean(n) for n in names):
            return fld
    return None


def map_header(cells: list[str]) -> dict[str, int]:
    """field -> column index for a header row; the first column that names a field wins."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        fld = match(cell)
        if fld and fld not in found:
            found[fld] = i
    return found
