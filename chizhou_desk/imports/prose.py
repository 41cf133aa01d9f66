"""Lists written as prose: numbered items, each with its units, leader and deadline written after
it, read into a grid with one row a task (or a heading) as a sheet would hold them.

The documents number their levels 一、 / （一） / 1． / （1）; the level whose items name units is
the task level, the levels above it are headings, the levels below it belong to their task. The
units come in many wordings: labelled lines (牵头单位：… / 协同责任单位：… / 牵头负责领导：…), a
bracket after the task ("（牵头单位：A；配合单位：B）", "（A牵头，B配合）", "（A、B分别牵头）"),
a 部门分工 line ("A牵头，各地、各部门配合"). A leader named in a heading ("（一）王宏副市长牵头
重点工作", "牵头市领导：…" under it) is the leader of the heading's tasks.
"""

from __future__ import annotations

import re

from chizhou_desk.imports.grid import Grid
from chizhou_desk.imports.roles import looks_like_units

_CN = "一二三四五六七八九十"
# the numbering levels, outermost first
_LEVELS = (
    re.compile(rf"^\s*([{_CN}]{{1,3}})\s*[、.．﹒]\s*"),
    re.compile(rf"^\s*[（(]\s*([{_CN}]{{1,3}})\s*[）)]\s*[、.．]?\s*"),
    re.compile(r"^\s*(\d{1,3})\s*[*＊★]?\s*(?:[.．、﹒]|[)）])(?!\d)\s*"),  # 1. 1． 1﹒ 9*． 1）
    re.compile(r"^\s*[（(]\s*(\d{1,3})\s*[）)]\s*"),
)
# the label words, one pattern a kind (compiled: the patterns are regex source, not messages)
_LEAD = re.compile(r"牵头(?:责任)?(?:单位|部门)|主办(?:单位)?|主责单位")
_COOP = re.compile(r"(?:配合|协同|协办|协助|参与)(?:责任)?(?:单位|部门)")
_DUTY = re.compile(r"责任(?:单位|部门)|承办单位")
_LEADER = re.compile(r"(?:牵头|分管|责任|包保|联系)(?:负责)?(?:[省市县区]?(?:政府)?)?领导|责任人|"
                     r"(?:牵头|分管|责任|联系)(?:常务)?副?[省市县区]长")
_DEADLINE = re.compile(r"完成时限|完成时间|时间节点|时限要求|时限")
_SPLIT = re.compile(r"部门分工|责任分工|分工")
_PROGRESS = re.compile(r"(?:(?:截至|截止)?\d{1,2}\s*(?:[-—–~至]\s*\d{1,2}\s*)?月(?:份|底|末)?)?(?:工作)?"
                       r"(?:进展情况|完成情况|推进情况|落实情况|进展|进度|成效)")
_KINDS = ((_LEAD, "牵头单位"), (_COOP, "配合单位"), (_DUTY, "责任单位"), (_LEADER, "责任领导"),
          (_DEADLINE, "完成时限"), (_SPLIT, "分工"), (_PROGRESS, "进展情况"))
_LABEL = re.compile(r"[（(【]?\s*(" + "|".join(k.pattern for k, _ in _KINDS) + r")\s*(?:[：:]|】\s*[：:]?)\s*")
_UNIT_LABELS = "|".join(k.pattern for k in (_LEAD, _COOP, _DUTY))
# "（A、B牵头，C配合）" or "（牵头单位：A；配合单位：B）" closing an item
_END_BRACKET = re.compile(r"[（(]([^（）()]{2,80})[）)]\s*[。；;]?\s*$")
_INNER = re.compile(r"(?:[^（）()]|[（(][^（）()]*[）)])*").pattern  # one level of brackets: 市商务局（市粮食局）
_BRACKET = re.compile(r"[（(](" + _INNER + r"(?:牵头|" + _UNIT_LABELS + r")\s*[：:]?" + _INNER + r")[）)]\s*[。；;]?")
_DUTY_WORDS = re.compile(r"(按职责分工?(?:负责|落实)|按职责落实|分别负责|负责落实|负责|共同推进|配合|参与|落实|等)$")
# "（一）王宏副市长牵头重点工作", "一、王纲市长牵头重点工作": the heading names its tasks' leader
_HEADING_LEADER = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:常务)?(?:副)?(?:省长|市长|县长|区长|秘书长|主任)"
                             r"(?:牵头|负责|领办)")
_TITLES = re.compile(r"(省长|市长|县长|区长|秘书长|领导|书记|主任)(负责)?$")
_MAX_HEADING = 40  # a heading is short; a numbered paragraph of the notice is not one


def level_of(line: str) -> tuple[int, re.Match] | None:
    for level, pattern in enumerate(_LEVELS):
        m = pattern.match(line)
        if m:
            return level, m
    return None


def _kind(label: str) -> str:
    return next(name for pattern, name in _KINDS if pattern.fullmatch(label))


def _names(text: str) -> list[str]:
    out = []
    for part in re.split(r"[，,；;]", text):
        part = _DUTY_WORDS.sub("", part.strip()).strip()
        out += [n.strip() for n in re.split(r"及(?!时)|、|和(?=[市县区省各])", part) if n.strip()]
    return out


def split_duty(text: str) -> dict[str, str]:
    """"A、B分别牵头，各地、各部门配合" -> {牵头单位: "A、B", 配合单位: "各地、各部门"}."""
    text = text.strip().rstrip("。；;，,")
    lead, sep, rest = text.partition("牵头")
    if not sep:
        return {"责任单位": "、".join(_names(text))}
    clauses = [c.strip() for c in re.split(r"[，,；;]", lead) if c.strip()]
    out: dict[str, str] = {}
    if len(clauses) > 1 and _TITLES.search(clauses[0]):  # "分管副省长、协管副秘书长负责，A牵头"
        out["责任领导"] = re.sub(r"(负责|牵头)$", "", clauses[0])
    lead = re.sub(r"(分别|共同|负责)$", "", clauses[-1] if clauses else "").strip("，, ")
    out["牵头单位"] = "、".join(_names(lead))
    coop = "、".join(_names(rest))
    if coop:
        out["配合单位"] = coop
    return out


def _parts(text: str) -> tuple[str, dict[str, str]]:
    """The task's own words and its labelled parts, from labels or a closing bracket."""
    parts: dict[str, str] = {}
    m = _LABEL.search(text)
    bracket = _unit_bracket(text)
    if bracket and (m is None or m.start() >= bracket.start()):
        inner = bracket.group(1)
        task = text[:bracket.start()].strip()
        tail = text[bracket.end():].strip()
        if _LABEL.search(inner):
            _labelled(inner, parts)
        else:
            parts.update(split_duty(inner))
        label = _LABEL.search(tail)
        if label and label.start() > 0:  # the progress written straight after the bracket
            parts["进展情况"] = tail[:label.start()].strip()
        if label:
            _labelled(tail[label.start():], parts)
        elif tail:
            parts["进展情况"] = tail
        return task, parts
    if m is None:
        return text.strip(), parts
    task = text[:m.start()].strip()
    _labelled(text[m.start():], parts)
    return task, parts


_REPORT_START = re.compile(r"^\s*(?:\n|截至|截止|今年以来|目前|当前|\d{4}年|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|"
                           r"\d{1,2}月|"
                           r"[一二三四]季度|上半年|前三季度|全年|[（(]?[一二三四五六七八九十\d]+[）)、.．])")


def _unit_bracket(text: str) -> re.Match | None:
    """The bracket naming the task's units: at the end, or followed by what was done (a report:
    "（责任单位：市发改委）1—3月份，……"); a bracket inside the task's own sentence is not it."""
    found = None
    for m in _BRACKET.finditer(text):
        tail = text[m.end():]
        if not tail.strip() or _REPORT_START.match(tail) or _LABEL.match(tail.strip()):
            found = m
    if found is None:  # "……。（市发改委、市财政局）": names of units alone
        end = _END_BRACKET.search(text)
        if end and looks_like_units(_DUTY_WORDS.sub("", end.group(1).strip())):
            found = end
    return found


def _labelled(text: str, parts: dict[str, str]) -> None:
    pieces = _LABEL.split(text)
    for label, value in zip(pieces[1::2], pieces[2::2], strict=False):
        kind = _kind(label)
        value = _close(value.strip(), keep_stop=kind == "进展情况")
        if kind == "分工":
            for k, v in split_duty(value).items():
                parts[k] = v
        elif kind in ("牵头单位", "配合单位", "责任单位"):
            if "牵头" in value and kind == "责任单位":  # "责任单位：A牵头，B配合"
                parts.update(split_duty(value))
            elif value:
                parts[kind] = value
        elif kind == "进展情况" and value:
            parts[kind] = f"{parts[kind]}\n{value}" if parts.get(kind) else value
        elif value:
            parts[kind] = value.rstrip("。.")


def _close(value: str, keep_stop: bool) -> str:
    """A labelled value without the punctuation closing it: a bracket closed only when it was
    opened outside the value ("市商务局（市粮食和物资储备局））" keeps one)."""
    while value and value[-1] in "）)" and value.count("（") + value.count("(") < \
            value.count("）") + value.count(")"):
        value = value[:-1].rstrip()
    return value if keep_stop else value.rstrip("。；;，,").strip()


def _items(lines: list[str]) -> tuple[list[dict], list[str]]:
    """Every numbered line with the lines under it: {"level", "no", "text"}; the lines before them."""
    items: list[dict] = []
    above: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        found = level_of(line)
        if found:
            level, m = found
            items.append({"level": level, "no": m.group(1), "text": line[m.end():], "head": line})
        elif items:  # the item's text wrapped, or a labelled line under it
            items[-1]["text"] += ("\n" if _LABEL.match(line) else "") + line
        else:
            above.append(line)
    return items, above


def _task_level(items: list[dict]) -> int | None:
    """The level whose items name their units (labels or a closing bracket)."""
    counts: dict[int, int] = {}
    for it in items:
        if _LABEL.search(it["text"]) or _unit_bracket(it["text"]):
            counts[it["level"]] = counts.get(it["level"], 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda lv: (counts[lv], lv))


def _heading(item: dict) -> tuple[str, str]:
    """A heading's name and the leader it names ("" when none)."""
    head, rest = item["head"], item["text"]
    name = head.split("\n", 1)[0]
    leader = ""
    m = _HEADING_LEADER.match(rest.split("\n", 1)[0])
    if m:
        leader = m.group(1)
    label = _LABEL.search(name)
    if label and _kind(label.group(1)) == "责任领导":  # "一、……（牵头负责领导：邓向阳）"
        value = re.sub(r"[）)。]+$", "", name[label.end():]).strip()
        name, leader = name[:label.start()].rstrip("（( "), value
    for line in rest.split("\n")[1:]:  # "牵头市领导：汤飞帆" under the heading, before its tasks
        label = _LABEL.match(line)
        if label and _kind(label.group(1)) == "责任领导":
            leader = line[label.end():].strip().rstrip("。")
    return name, leader


def read_prose(lines: list[str]) -> Grid | None:
    items, above = _items(lines)
    level = _task_level(items)
    if level is None:
        return None
    tasks, rows = _sort_items(items, level, above)
    _drop_notice_items(tasks, rows, above)
    if len(tasks) < 2:
        return None
    labels = _read_parts(tasks)
    header = ["序号", "任务内容", *labels]
    grid_rows = [header]
    for row in rows:
        if isinstance(row, str):
            grid_rows.append([row] + [""] * (len(header) - 1))
        else:
            grid_rows.append([row["no"], row["task"], *[row["parts"].get(lb, "") for lb in labels]])
    return Grid("", grid_rows, above=above, kind="prose")


def _sort_items(items: list[dict], level: int, above: list[str]) -> tuple[list[dict], list[dict | str]]:
    """The tasks, and the rows in order: a task, or a heading's name."""
    tasks: list[dict] = []
    rows: list[dict | str] = []
    section_leader = ""
    for it in items:
        if it["level"] < level:
            if len(it["head"].split("\n", 1)[0]) > _MAX_HEADING and not tasks:
                above.append(it["head"])  # a numbered paragraph of the notice above the list
                continue
            name, section_leader = _heading(it)
            rows.append(name)
        elif it["level"] > level:  # a sub-point of the task above
            if tasks:
                tasks[-1]["text"] += "\n" + it["head"]
            elif not rows:
                above.append(it["head"])
        else:
            task = {"no": it["no"] if it["no"].isdigit() else str(cn_number(it["no"])), "text": it["text"],
                    "leader": section_leader}
            tasks.append(task)
            rows.append(task)
    return tasks, rows


_ORDER = ("牵头单位", "责任单位", "配合单位", "责任领导", "完成时限", "进展情况")


def _read_parts(tasks: list[dict]) -> list[str]:
    """Each task's words and parts; the labels found, in the order of a sheet's columns."""
    labels: set[str] = set()
    for task in tasks:
        task["task"], task["parts"] = _parts(task["text"])
        if task["leader"] and "责任领导" not in task["parts"]:
            task["parts"]["责任领导"] = task["leader"]
        labels.update(task["parts"])
    if {"牵头单位", "责任单位"} <= labels:  # 责任单位 beside a 牵头 label names co-units
        for task in tasks:
            parts = task["parts"]
            duty = parts.pop("责任单位", "")
            if duty and not parts.get("牵头单位"):  # this task names no lead: the first listed leads
                first = re.split(r"[、，,；;]", duty, maxsplit=1)[0]
                parts["牵头单位"], duty = first, duty[len(first):].lstrip("、，,；; ")
            if duty:
                coop = parts.get("配合单位", "")
                parts["配合单位"] = f"{coop}、{duty}" if coop else duty
        labels = (labels - {"责任单位"}) | {"配合单位"}
    return sorted(labels, key=_ORDER.index)


def _drop_notice_items(tasks: list[dict], rows: list, above: list[str]) -> None:
    """Numbered paragraphs of the notice ("1.明确任务，压实责任。……") before a list that numbers
    its tasks the same way from 1 again: notice text, not tasks."""
    first = next((k for k, t in enumerate(tasks) if _LABEL.search(t["text"]) or _unit_bracket(t["text"])), 0)
    if first == 0 or tasks[first]["no"] != "1":
        return
    del tasks[:first]
    cut = rows.index(tasks[0])
    above.extend(r if isinstance(r, str) else f"{r['no']}.{r['text']}" for r in rows[:cut])
    del rows[:cut]


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_number(text: str) -> int:
    """一 -> 1, 十二 -> 12, 二十三 -> 23."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)
