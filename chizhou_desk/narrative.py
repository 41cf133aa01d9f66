"""The report paragraph in the style of the published report (ARCHITECTURE: Outputs), generated from the data.

  今年以来，各地各部门按照《2025年市政府重点工作责任清单》（池政秘〔2025〕9号）要求，……。
  1-5月份，49项市政府重点工作总体进展顺利，其中：1项已完成（建成省级创新型城市），39项按序时推进，
  8项未达预期目标。
  未达预期8项分别是：市发展改革委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4%，……。

Punctuation is full-width, as a 公文 prints it, whatever the units typed.
"""

import re
from collections import Counter
from collections.abc import Callable

from chizhou_desk import periods as P
from chizhou_desk.domain import BEHIND, NOT_STARTED, UNFILLED, StatusWords, state_of

_CLAUSE = re.compile(r"[,，、;；:：]")
_LEAD_TIME = re.compile(r"^(一季度|上半年|前三季度|\d{1,2}-\d{1,2}月份?|\d{1,2}月份?|截至[^,，]{1,12}?日|截至目前)"
                        r"[,，]")
# How a status is phrased in the count sentence; others read "N项<status>".
_PHRASE = {"已完成": "{n}项已完成", "序时推进": "{n}项按序时推进", "未达预期": "{n}项未达预期目标",
           "滞后": "{n}项进度滞后", "未启动": "{n}项尚未启动", UNFILLED: "{n}项未填报进展"}
_ORDER = ("已完成", "序时推进", "滞后", "未启动", "未达预期")
# A clause that opens with one of these says what was done on its own ("建成省级创新型城市");
# one that opens with a noun ("产业规模达到320亿元") leans on the clause before it for its subject.
_VERB_START = re.compile(
    r"^(建成|建设|完成|实现|推进|推动|开展|打造|创建|争创|新增|新建|新开工|开工|出台|制定|举办|组织|"
    r"落实|加快|加强|深化|扩大|提升|提高|确保|力争|启动|全面|持续|培育|引进|招引|争取|发行|改造|整治|"
    r"治理|保持|稳定|巩固|做好|办好|抓好|申报|获批|通过|达到|突破|累计|支持|促进|发展|大力|着力|积极)")
_FULL = str.maketrans({";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})


def fullwidth(text: str) -> str:
    """Chinese punctuation in full width; a comma or colon between digits (1,000, 10:30) stays."""
    text = re.sub(r"(?<!\d),|,(?!\d)", "，", text)
    text = re.sub(r"(?<!\d):|:(?!\d)", "：", text)
    return text.translate(_FULL)


def short_title(text: str, limit: int = 24) -> str:
    """A task's gist for the 已完成 list: the whole text when short, else its last clause, with the
    clauses before it as long as the last one has no subject of its own."""
    t = fullwidth(text.strip().rstrip("。.;；"))
    if len(t) <= limit:
        return t
    clauses = [c.strip() for c in _CLAUSE.split(t) if c.strip()]
    if not clauses:
        return t
    i = len(clauses) - 1
    while i > 0 and not _VERB_START.match(clauses[i]):
        i -= 1
    if i == 0:  # no clause stands alone: the whole text says what the task is
        return t
    start = t.rfind(clauses[i])
    return t[start:] if start >= 0 else clauses[-1]


def clean_progress(progress: str, period_key: str) -> str:
    """Progress text made to sit inside a sentence: no final stop, no inner semicolons."""
    p = fullwidth(progress.strip().rstrip("。.;；, "))
    p = re.sub(r"；\s*", "，", p)
    p = re.sub(r"。\s*", "，", p)
    p = _LEAD_TIME.sub(lambda m: m.group(1), p)
    p = re.sub(r"^(\d{1,2}-\d{1,2}月)(?!份)", r"\1份", p)
    return p


def status_counts(rows) -> Counter:
    return Counter(state_of(r.status, r.progress) for r in rows)


def lead_in(plan: dict | None) -> str:
    """The seed's first sentence, from the plan's name and document number."""
    if not plan or not plan.get("title"):
        return ""
    doc = f"（{plan['doc_no']}）" if plan.get("doc_no") else ""
    return f"今年以来，各地各部门按照《{plan['title']}》{doc}要求，压实工作责任，细化工作举措，认真抓好落实。"


def report_paragraphs(rows, period_key: str, what: str = "市政府重点工作",
                      unit_name: Callable[[str], str] | None = None, words: StatusWords | None = None) -> list[str]:
    """The count sentence and, when some are not met, the list of those tasks.

    unit_name: how a lead unit is named in the list (full or short, as the office chooses);
    words: the plan's status words, whose meanings (behind, not started) judge the whole."""
    name = unit_name or (lambda u: u)
    label = P.label(period_key)
    counts = status_counts(rows)
    total = len(rows)
    if total == 0:
        return [f"{label}，暂无{what}。"]
    sw = words or StatusWords()
    behind = sum(n for s, n in counts.items() if s != UNFILLED and sw.meaning(s) in (BEHIND, NOT_STARTED))
    unfilled = counts.get(UNFILLED, 0)
    reported = total - unfilled
    done_rows = [r for r in rows if r.state == "已完成"]
    parts = []
    for status in (*_ORDER, *sorted(set(counts) - set(_ORDER) - {UNFILLED})):
        n = counts.get(status, 0)
        if not n:
            continue
        phrase = _PHRASE.get(status, "{n}项" + status).format(n=n)
        if status == "已完成":
            phrase += "（" + "、".join(short_title(r.text) for r in done_rows) + "）"
        parts.append(phrase)
    if reported * 2 < total:
        # mostly unreported: no judgement on the whole, and 其中 covers only what was reported
        first = f"{label}，{total}项{what}中，已填报{reported}项"
        first += ("，其中：" + "，".join(parts) if parts else "")
        first += f"；{unfilled}项尚未填报进展。"
    else:
        overall = "总体进展顺利" if behind * 4 < total else "总体有序推进，部分工作进度滞后"
        if unfilled:
            parts.append(_PHRASE[UNFILLED].format(n=unfilled))
        first = f"{label}，{total}项{what}{overall}，其中：" + "，".join(parts) + "。"
    out = [first]
    for word, missed in behind_groups(rows, sw):
        items = []
        for r in missed:
            lead = "、".join(name(u) for u in r.lead_units) or "未明确单位"
            item = f"{lead}牵头的第{r.no}项“{fullwidth(r.text.strip().rstrip('。.'))}”"
            detail = clean_progress(r.progress, period_key) if r.progress.strip() else ""
            if r.reason.strip():
                detail = "，".join(x for x in (detail, "原因是" + clean_progress(r.reason, period_key)) if x)
            items.append(item + ("，" + detail if detail else ""))
        if len(missed) == 1:  # one item is not 分别
            out.append(f"{word}1项，为" + items[0] + "。")
        else:
            out.append(f"{word}{len(missed)}项分别是：" + "；".join(items) + "。")
    return out


def behind_groups(rows, words: StatusWords | None = None) -> list[tuple[str, list]]:
    """The reported tasks whose status means "behind" in the plan (未达预期, 欠进度 …), per word in
    the plan's order: the report lists each group with its reasons."""
    sw = words or StatusWords()
    groups: dict[str, list] = {}
    for r in rows:
        if r.state != UNFILLED and r.status and sw.meaning(r.status) == BEHIND:
            groups.setdefault(r.status, []).append(r)
    order = {w: i for i, w in enumerate(sw.words)}
    return sorted(groups.items(), key=lambda g: (order.get(g[0], len(order)), g[0]))


def unit_namer(store, short: bool) -> Callable[[str], str]:
    """Full names as canonical; short ones as the office writes them (市发改委, 市人社局): the unit's
    short name (单位名称与简称) with the 市 prefix. A short name set with its prefix is used as
    written, so the office decides unit by unit (the seed keeps 市工业和信息化局). Aliases are not
    used: many are former names (市环保局), not short ones."""
    if not short:
        return lambda u: u
    names = {}
    for u in store.unit_list():
        prefix = u["name"][:1] if u["name"].startswith(("市", "县", "区")) else ""
        if u["short"]:
            names[u["name"]] = u["short"] if u["short"].startswith(prefix) else prefix + u["short"]
    return lambda u: names.get(u, u)


def report_text(store, period_key: str, unit: str | None = None, short_names: bool = False) -> str:
    """The paragraph for a period (of one unit's tasks when `unit` is given), ready to paste."""
    from chizhou_desk.query import select

    rows = select(store, period_key, unit=unit)
    what = f"{store.resolve_unit(unit)}牵头的重点工作" if unit else "市政府重点工作"
    paragraphs = report_paragraphs(rows, period_key, what, unit_namer(store, short_names),
                                   store.status_words(period_key))
    if not unit:
        opening = lead_in(store.plan_info(P.split_key(period_key)[0]))
        paragraphs[0] = opening + paragraphs[0]
    return "\n".join(paragraphs)
