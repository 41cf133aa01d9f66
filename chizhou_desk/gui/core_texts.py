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

_HAN = r"[\u4e00-\u9fff]"  # a template without: its arguments still speak (compiled on first use)
PERIOD = r"(1(?:-\d{1,2})?月份)"  # a periods.label in a message: translated to Jan–May
_FIELD_NAMES = tuple(str(t) for t in (  # domain.FIELD_LABELS, named in a message
    QT_TRANSLATE_NOOP("CoreTexts", "工作评价"), QT_TRANSLATE_NOOP("CoreTexts", "进展情况"),
    QT_TRANSLATE_NOOP("CoreTexts", "近期工作安排"), QT_TRANSLATE_NOOP("CoreTexts", "未达预期原因"),
    QT_TRANSLATE_NOOP("CoreTexts", "指标值"), QT_TRANSLATE_NOOP("CoreTexts", "位次"),
    QT_TRANSLATE_NOOP("CoreTexts", "备注")))
FIELD = f"({'|'.join(_FIELD_NAMES)})"

# (template, {argument: PERIOD | FIELD | "msg" | "nos" | "verdict" | "periods"}); the more specific
# template first, as lazy matching lets a short one swallow a longer message ("msg": a core message
# inside, translated too; "nos": task numbers the core joined with 、; "periods": period labels so joined)
_TEMPLATES: tuple[tuple[str, dict[int, str]], ...] = (
    # a merge's results (store_import, imports/submission, imports/feedback, store_review)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}：已填报 {1} 项，未填报 {2} 项")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这份报送表此前已导入过(内容相同)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项{1}：与{2}的报送表不同，已按{3}的报送表更新")), {1: FIELD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项在导出后于 Excel/WPS 中改动过，已按表中内容导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室审核意见({0}，{1})：{2}，{3} 项任务有意见")),
     {1: PERIOD, 2: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室审核意见({0}，{1})：{2}")), {1: PERIOD, 2: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室对{0}{1}报送表的意见：{2}，{3} 项任务有意见(第{4}项)")),
     {1: PERIOD, 2: "verdict", 4: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "市政府办公室对{0}{1}报送表的意见：{2}")), {1: PERIOD, 2: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项{1}")), {1: FIELD}),  # a field an import left as typed
    (str(QT_TRANSLATE_NOOP("CoreTexts", "整份报送表：{0}")), {}),  # the office's reasons (store_review)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项：{1}")), {}),
    # the check before a merge (office.preview_lines; the file name before ": " stays as written)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "将不导入 — {0}")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "单位报送表({0}，{1})，将更新 {2} 项，未变 {3} 项")), {1: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "单位报送表({0}，无期间)，将更新 {1} 项，未变 {2} 项")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "共 {0} 个文件：可导入 {1} 个，将更新 {2} 项；拒绝 {3} 个")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是单位报送表")), {}),
    # a list that is not the database's list of its year (store_import.check_same_list)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这份清单与本库 {0} 年的清单不是同一份：同一序号下 {1} 项任务的内容不同"
                                        "（第{2}项等）。"
                                        "请把这份清单导入一个新的数据库")), {2: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这份清单与本库 {0} 年的清单不是同一份：同一序号下 {1} 项任务的内容不同"
                                        "（第{2}项）。"
                                        "请把这份清单导入一个新的数据库")), {2: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库 {0} 年的清单是{1}的，这份是{2}的，不能合并。"
                                        "请把这份清单导入一个新的数据库")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有 {0} 年的清单，请先导入清单")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有 {0} 年的清单")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "清单名称不能为空")), {}),  # 清单信息 (store_plan.set_plan_facts)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}应为一行，不超过 {1} 个字")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库还没有清单，请先导入清单")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库清单中没有第{0}项，未导入")), {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库清单中没有第{0}项")), {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表的填报单位“{0}”不是本库登记的单位，未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "退回单的单位“{0}”不是本库登记的单位，未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有期间 {0}(期间由办公室建立)，未导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本库没有期间 {0}，未导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中有 {0} 不牵头的任务：第{1}项等，未导入")), {1: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中有 {0} 不牵头的任务：第{1}项，未导入")), {1: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中任务的内容与本库清单中同一序号的任务不符：第{0}项等，未导入")),
     {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中任务的内容与本库清单中同一序号的任务不符：第{0}项，未导入")),
     {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项的任务内容与本库清单不符，未导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送表中的任务在本库清单中不存在：{0}")), {0: "nos"}),
    # periods and entries (store)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已关闭，不能导入")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已关闭，不能修改")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "期间 {0} 已存在")), {0: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价不在本清单的选项中：{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "未知单位：{0}")), {}),
    # opening a database, restoring a backup (store, backups)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库文件不存在")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法打开数据库({0})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是本程序的数据库(其中已有其他表)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是本程序的数据库(application_id 不符)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是 SQLite 数据库文件")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "备份文件不存在")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这就是当前数据库，不能用它恢复自身")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "备份不能使用：{0}")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法读取({0})")), {}),
    # a plan's status words (store_plan), the office's verdict (store_review), unit names (store)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价用词不能为空")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价用词“{0}”重复")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "以下工作评价仍有任务在用，不能删除：{0}")), {0: "nos"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第 {0} 个工作评价用词为空，请填写或删除")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价“{0}”的含义“{1}”无法识别")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作评价“{0}”的颜色“{1}”不是 #RRGGBB 格式(如 #2e7d32)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "退回须写明原因")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "采纳针对整份报送表，不能指定任务")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0} 尚未报送{1}的报送表，无法采纳或退回")), {1: PERIOD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项不是 {1} 牵头的任务")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "简称“{0}”已属于 {1}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "没有名为“{0}”的单位")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "“{0}”就是 {1}")), {}),
    # the search filter (store.search, store.period)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "搜索内容为空")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "没有期间 {0}(已有：{1})")), {}),
    # writing a file (files.py): why it failed, and what the check of the written file found
    (str(QT_TRANSLATE_NOOP("CoreTexts", "目标文件夹不存在")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "目标是一个文件夹")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "目标不是普通文件(管道或设备)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "目标文件是只读的，未覆盖；请换一个文件名或先取消其只读属性")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法在目标文件夹中写入({0})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "写出的文件不完整({0}；磁盘已满？)，原文件未改动")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "写入失败({0})，原文件未改动")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件可能正在其他程序(Excel/WPS、PDF 阅读器)中打开，请关闭后重试")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件为空")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法读回：{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是 PDF 文件头")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "PDF 缺少结尾")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是 PNG 文件头")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "PNG 缺少结尾")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不是 zip 文件头")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "缺少 [Content_Types].xml")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "压缩内容损坏：{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法作为 zip 读回：{0}")), {}),
    # 佐证材料 refused (attachments.py, store_attachments.py, imports/package.py; issue 30)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "不支持的文件类型“{0}”(可附：图片、PDF、OFD、Office/WPS 文档、文本)")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件内容与扩展名“{0}”不符，内容看起来是{1}，不予附加")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件内容与扩展名“{0}”不符，不予附加")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件有 {0} MB，超过每个文件 {1} MB 的上限")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "本期佐证材料将达 {0} MB，超过每期 {1} MB 的上限，未附加")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文档含有宏(vbaProject)，不予附加；请另存为不含宏的文档")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送包缺少佐证材料：{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "佐证材料与报送表记录的校验值不符(导出后被改动或损坏)：{0}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "报送包中的路径“{0}”指向包外，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "佐证材料 {0} 个，已核对校验值")), {}),
    # a backup in the restore chooser (backups.BackupInfo.describe: time, file name, counts)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}  {1}  任务 {2} 项，已填进展 {3} 条，期间 无")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}  {1}  任务 {2} 项，已填进展 {3} 条，期间 {4}")), {4: "periods"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}  {1}  (无法使用：{2})")), {2: "msg"}),
    # where the import engine read the year and the period (the import preview shows it)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从进展列的列名读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从标题读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从文号读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从文件名读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从表格上方的日期读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从正文中的清单名称读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "从正文中的文号读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "用户指定")), {}),
    # issue 26: a moved database file, the lock, a full disk, the reader's child process, the text rule
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库文件已被移动、改名或删除，未写入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库文件已被另一个文件替换，未写入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库正由命令行写入({0})，请稍后再试")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "数据库正在程序窗口中编辑({0})，请先关闭窗口再写入(那台"
                                        "电脑已关机或程序已崩溃时，可加 --take-over 接管)")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "主机 {0}，进程 {1}")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法先备份当前数据库({0})，数据库未改动；请腾出磁盘空间后重试")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法写入恢复的数据库({0})，数据库未改动；请腾出磁盘空间后重试")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法把损坏的数据库另存一份({0})"
                                        "，数据库未改动；请腾出磁盘空间后重试")), {0: "msg"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "磁盘空间不足或无法写入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "目标位置已有一个文件，未覆盖；请另选文件名")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "原位置已有一个文件，未覆盖；请用“另存为”")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法写入({0})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "读取超过 {0} 秒仍未完成，已停止(文件过大或是恶意构造的)，不予导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件无法读取(读取时所需内存超过上限)，文件可能已损坏或是恶意"
                                        "构造的，不予导入；请在 Excel/WPS 中打开并另存后再试")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "文件无法读取(读取程序异常退出)，文件可能已损坏或是恶意构"
                                        "造的，不予导入；请在 Excel/WPS 中打开并另存后再试")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作表的已用区域有 {0} 行 × {1} 列，超过 {2} 个单元格的上限，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这一行有 {0} 列，超过 {1} 列的上限，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "单元格超过 {0} 个字符的上限，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "无法作为 CSV 读取(单元格过长或含有非法字符：{0})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "这一行有 {0} 个“|”分隔，超过 {1} 列的上限，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "Word 表格超过 {0} 行的上限，不予读取")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "序号“{0}”不是整数，也不在 {1}.1 之后(子项应从 .1 编"
                                        "起)；可能是误填(例如本应是下一个整数)，没有导入。请改正序号后再导入")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第{0}项的{1}不是有限的数({2})，未导入")), {1: FIELD}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "{0}不是有限的数({1})")), {}),
)
_WHERE: tuple[tuple[str, dict[int, str]], ...] = (  # the place in "file: where：why" (imports/…)
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”第 {1} 行第 {2} 列")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”第 {1} 行，{2} 列({3})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”第 {1} 行")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "第 {0} 行，{1} 列({2})")), {}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "工作表“{0}”")), {}),
)
_VERDICTS = (QT_TRANSLATE_NOOP("CoreTexts", "已采纳"), QT_TRANSLATE_NOOP("CoreTexts", "退回"))


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
    if kind == "periods":
        return translate("CoreTexts", "、").join(_argument(v, PERIOD) for v in value.split("、"))
    if kind == "verdict":
        return verdict(value)
    return value


def _one(text: str, templates) -> str | None:
    for template, kinds in templates:
        groups = tuple(sorted((n, k) for n, k in kinds.items() if k in (PERIOD, FIELD)))
        m = _pattern(template, groups).fullmatch(text)
        if m is None:
            continue
        shown = translate("CoreTexts", template)
        if shown == template and re.search(_HAN, template):  # the Chinese UI: the core's own words, unchanged
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
    head, sep, tail = message.partition(": ")  # "file: …": the file stays as written
    if sep:
        return f"{head}: {core_text(tail)}"
    where, sep, why = message.partition("：")  # "where：why", the place in a sheet
    place = _one(where, _WHERE) if sep else None
    if place is not None:
        return translate("CoreTexts", "{0}：{1}").format(place, core_text(why))
    return message


_REVIEW_LINES = (  # store_review.task_note: "(date verdict[，unit])text"
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1})本项无意见，见其他任务")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1}，{2})本项无意见，见其他任务")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1}，整份报送表){2}")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1}，{2}，整份报送表){3}")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1}，{2}){3}")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1}){2}")), {1: "verdict"}),
    (str(QT_TRANSLATE_NOOP("CoreTexts", "({0} {1})")), {1: "verdict"}),
)


def review_text(note: str) -> str:
    """The office's comments on a task (lines of store_review.task_note) in the window's language:
    the verdict word is ours, the date, unit and the office's words stay as written."""
    return "\n".join(_one(line, _REVIEW_LINES) or line for line in note.split("\n"))


def verdict(word: str) -> str:
    """已采纳 / 退回, the office's verdict, in the window's language; another word as written."""
    return translate("CoreTexts", word) if word in _VERDICTS else word


def core_lines(lines: list[str]) -> list[str]:
    return [core_text(line) for line in lines]


def listed(items: list[str]) -> str:
    """Items the core would join with 、, joined in the window's language."""
    return translate("CoreTexts", "、").join(core_text(i) for i in items)
