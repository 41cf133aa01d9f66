"""The core's messages (import results, merge checks, store and backup errors; Chinese, built
without Qt) in the window's language, like check_texts.py: each known message is a template whose
{n} parts are data (file and unit names, task numbers) and stay as written, except the period
labels and entry field names the core put in, which are ours. "file: where: why" keeps the file,
translates the place and the why. A message no template matches is shown as the core wrote it."""

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chizhou_desk import periods as P
from chizhou_desk.gui import period_texts

translate = QCoreApplication.translate

PERIOD = r"(1(?:-\d{1,2})?月份)"  # a periods.label in a message: translated to Jan–May
_FIELD_NAMES = tuple(str(t) for t in (  # domain.FIELD_LABELS, named in a message
    QT_TRANSLATE_NOOP("CoreTexts", "工作评价"), QT_TRANSLATE_NOOP("CoreTexts", "进展情况"),
    QT_TRANSLATE_NOOP("CoreTexts", "近期工作安排"), QT_TRANSLATE_NOOP("CoreTexts", "未达预期原因"),
    QT_TRANSLATE_NOOP("CoreTexts", "指标值"), QT_TRANSLATE_NOOP("CoreTexts", "位次"),
    QT_TRANSLATE_NOOP("CoreTexts", "备注")))
FIELD = f"({'|'.join(_FIELD_NAMES)})"

# (template, {argument: PERIOD | FIELD | "msg" | "nos"}); the more specific template first, as lazy
# matching lets a short one swallow a longer message ("msg": a core message inside, translated too;
# "nos": task numbers the core joined with 、)
_TEMPLATES: tuple[tuple[str, dict[int, str]], ...] = (
    # a merge's results (store_import, imports/submission, imports/feedback, store_review)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}:已填报 {1} 项,未填报 {2} 项")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这份报送表此前已导入过(内容相同)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项{1}:与{2}的报送表不同,已按{3}的报送表更新")), {1: FIELD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项在导出后于 Excel/WPS 中改动过,已按表中内容导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室审核意见({0},{1}):{2},{3} 项任务有意见")), {1: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室审核意见({0},{1}):{2}")), {1: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室对{0}{1}报送表的意见:{2}")), {1: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项{1}")), {1: FIELD}),  # a field an import left as typed
    # the check before a merge (office.preview_lines) and why a file is refused
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}: 将不导入 — {1}")), {1: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}: 单位报送表({1},{2}),将更新 {3} 项,未变 {4} 项")), {2: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}: 单位报送表({1},无期间),将更新 {2} 项,未变 {3} 项")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "共 {0} 个文件:可导入 {1} 个,将更新 {2} 项;拒绝 {3} 个")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是单位报送表")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有 {0} 年的清单,请先导入清单")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有 {0} 年的清单")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库清单中没有第{0}项,未导入")), {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库清单中没有第{0}项")), {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表的填报单位“{0}”不是本库登记的单位,未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "退回单的单位“{0}”不是本库登记的单位,未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有期间 {0}(期间由办公室建立),未导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有期间 {0},未导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中有 {0} 不牵头的任务: 第{1}项等,未导入")), {1: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中有 {0} 不牵头的任务: 第{1}项,未导入")), {1: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中任务的内容与本库清单中同一序号的任务不符: 第{0}项等,未导入")),
     {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中任务的内容与本库清单中同一序号的任务不符: 第{0}项,未导入")),
     {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项的任务内容与本库清单不符,未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中的任务在本库清单中不存在: {0}")), {}),
    # periods and entries (store)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已关闭,不能导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已关闭,不能修改")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已存在")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价不在本清单的选项中: {0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "未知单位: {0}")), {}),
    # opening a database, restoring a backup (store, backups)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库文件不存在")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法打开数据库({0})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是本程序的数据库(其中已有其他表)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是本程序的数据库(application_id 不符)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是 SQLite 数据库文件")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "备份文件不存在")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这就是当前数据库,不能用它恢复自身")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "备份不能使用:{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法读取({0})")), {}),
)
_WHERE = (  # the place in "file: where: why" (imports/…)
    str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”第 {1} 行第 {2} 列")),
    str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”")),
)



@cache
def _pattern(template: str, groups: tuple[tuple[int, str], ...]) -> re.Pattern[str]:
    """The template as a regex: its text as is, each {n} a group (any text, or PERIOD, FIELD)."""
    special = dict(groups)
    parts = re.split(r"\{(\d+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else special.get(int(p), "(.+?)")
                              for i, p in enumerate(parts)))


def _argument(value: str, kind: str | None) -> str:
    if kind == PERIOD:
        return period_texts.short_label(P.parse(value, 2000))
    if kind == FIELD:
        return translate("CoreTexts", value)
    if kind == "msg":
        return core_text(value)
    if kind == "nos":
        return translate("CoreTexts", "、").join(value.split("、"))
    return value


def _one(text: str, templates) -> str | None:
    for template, kinds in templates:
        groups = tuple(sorted((n, k) for n, k in kinds.items() if k not in ("msg", "nos")))
        m = _pattern(template, groups).fullmatch(text)
        if m is None:
            continue
        shown = translate("CoreTexts", template)
        if shown == template:  # no translation (the Chinese UI): the core's own words, unchanged
            return text
        order = [int(n) for n in re.findall(r"\{(\d+)\}", template)]
        args = {n: _argument(v, kinds.get(n)) for n, v in zip(order, m.groups(), strict=True)}
        return shown.format(*(args[n] for n in sorted(args)))
    return None


def core_text(message: str) -> str:
    """One core message (a line) in the window's language."""
    found = _one(message, _TEMPLATES)
    if found is not None:
        return found
    head, sep, tail = message.partition(": ")  # "file: where: why": the file stays as written
    if sep:
        where = _one(tail.partition(": ")[0], [(t, {}) for t in _WHERE])
        if where is not None:
            rest = tail.partition(": ")[2]
            return f"{head}: {where}: {core_text(rest)}"
        return f"{head}: {core_text(tail)}"
    return message


def core_lines(lines: list[str]) -> list[str]:
    return [core_text(line) for line in lines]


def listed(items: list[str]) -> str:
    """Items the core would join with 、, joined in the window's language."""
    return translate("CoreTexts", "、").join(core_text(i) for i in items)
