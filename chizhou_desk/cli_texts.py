"""The command line's words in Simplified Chinese and English (`--lang en`), argparse's own included.

argparse builds its words with gettext at call time; rather than patch its module-wide `_`, the
parser class passes its own usage prefix, group titles and -h line, and its error() rewrites
argparse's English messages through the patterns below (they cover Python 3.10–3.13).
"""

import re
import unicodedata

PERIOD_FORMS = "2025-05、1-5月、2025年1-5月"

ZH = {
    "usage": "用法：",
    "positionals": "位置参数",
    "options": "选项",
    "commands": "命令",
    "help": "显示本帮助并退出",
    "description": "重点工作责任清单 联络员桌面工具。不带命令时打开窗口；带命令时在命令行完成同样的工作。",
    "epilog": ("期间 KEY 指累计月份：2025-05 即 2025 年 1-5 月份，也可写 1-5月、2025年1-5月、一季度、上半年"
               "(未写年份时取清单的年份)。不带 --db 时使用用户数据目录中的数据库，首次使用时以内置样例新建。"
               "用 `chizhou-desk 命令 -h` 查看各命令的选项。"),
    "db": "数据库文件(默认：用户数据目录中的 chizhou-desk.db，首次使用时以内置样例新建)",
    "quit_when_ready": "窗口显示数据后打印 ready <毫秒> 并退出(测量启动时间)",
    "lang": "界面和命令行的语言：zh_CN(默认)或 en",
    "take_over": "接管数据库的锁(持有它的窗口所在电脑已关机或程序已崩溃时)",
    "taken_over": "已接管数据库的锁(原持有者：{holder})",
    "version": "显示版本号(打包版还显示所需的系统库版本)后退出",
    "tasks": "列出任务及其工作评价",
    "tasks_description": "列出任务：序号、工作评价、牵头单位、任务；默认为最近的期间、全部单位。",
    "unit": "单位全称或简称，如 市发展改革委 或 市发改委",
    "unit_tasks": "只列该单位牵头的任务(全称或简称，如 市发改委)",
    "period": f"期间，如 {PERIOD_FORMS}",
    "period_tasks": f"期间，如 {PERIOD_FORMS}(默认：最近的期间)",
    "status": "工作评价：已完成、序时推进、未达预期、滞后、未启动(或清单自己的用词)；未填 = 本期未填报",
    "search": "在任务和进展文字中查找(中文可查任意片段，如 镁基)",
    "json": "输出一个 JSON 数组，每项任务一个对象",
    "export": "导出本单位报送表 xlsx",
    "export_description": ("导出一个单位的报送表(办公室格式的 Excel，可再导入)；"
                           "未填或缺少原因的任务在 stderr 列出，不影响导出。"),
    "filler": "填报人(写在表头)",
    "phone": "联系电话(写在表头)",
    "output_xlsx": "输出文件 .xlsx",
    "output_package": "输出文件：.xlsx 为报送表；.zip 为报送包(报送表加本期佐证材料)",
    "output_pdf": "输出文件 .pdf",
    "with": "附加列，逗号分隔：light(红黄绿灯)、reason(未达预期原因)、indicator(指标值)",
    "summary": "导出汇总表 xlsx",
    "summary_description": "导出全部任务、全部单位的汇总表(Excel)。",
    "print": "打印状态表到 PDF",
    "print_description": "把一个单位的状态表或一项任务历次的进展打印成 PDF(A4，带签字栏)。",
    "unit_print": "打印该单位牵头的任务(全称或简称)",
    "task": "打印这一项任务历次的进展(任务序号，如 12)",
    "report": "生成报告段落",
    "report_description": "在标准输出打印本期的报告段落(如“1-5月份，…项重点工作中…”)。",
    "bad_args": "参数错误：",
    "db_word": "数据库",
    "fix_in_window": ("。这份文件可以在窗口中更正后导入：文件 → 导入，在导入预览中更正各列的含义、"
                      "标明各行(任务、分组标题、接上一行、不属于清单)并修改单元格"),
    "db_missing": "数据库文件不存在(先用 import 导入清单，或检查 --db 路径)",
    "new_db": "已新建数据库 {path}(内置样例：池州市 2025 年 1-5 月份)",
    "no_period": "数据库中还没有任何期间",
    "unknown_status": "未知的工作评价：{status}(可选：{choices})",
    "list_sep": "、",
}

EN = {
    "usage": "usage: ",
    "positionals": "positional arguments",
    "options": "options",
    "commands": "commands",
    "help": "show this help message and exit",
    "description": ("Key-task list desk tool for liaisons. Without a command it opens the window; "
                    "the commands do the same work on the command line."),
    "epilog": ("Period KEY is the cumulative months: 2025-05 = January to May 2025; 1-5月, 2025年1-5月, "
               "一季度 and 上半年 work too (without a year, the list's year). Without --db the database in "
               "the user data folder is used; the first use creates it with the embedded sample. "
               "`chizhou-desk COMMAND -h` lists a command's options."),
    "db": "database file (default: chizhou-desk.db in the user data folder, created with the sample on first use)",
    "quit_when_ready": "print ready <ms> once the window has painted with data, then exit (start-up time)",
    "lang": "language of the window and the command line: zh_CN (default) or en",
    "take_over": "take over the database's lock (when the PC of the window holding it crashed or is off)",
    "taken_over": "took over the database's lock (held by: {holder})",
    "version": "print the version (and, for a build, the system libraries it needs) and exit",
    "tasks": "list the tasks and their status",
    "tasks_description": "List the tasks: number, status, lead units, task; the latest period and all units "
                         "by default.",
    "unit": "unit, full or short name, e.g. 市发展改革委 or 市发改委",
    "unit_tasks": "only the tasks this unit leads (full or short name, e.g. 市发改委)",
    "period": "period, e.g. 2025-05, 1-5月, 2025年1-5月",
    "period_tasks": "period, e.g. 2025-05, 1-5月, 2025年1-5月 (default: the latest)",
    "status": "status: 已完成, 序时推进, 未达预期, 滞后, 未启动 (or the list's own words); 未填 = not reported",
    "search": "find text in tasks and progress (any part of a Chinese word, e.g. 镁基)",
    "json": "print one JSON array, an object per task",
    "export": "export the unit's submission xlsx",
    "export_description": ("Export a unit's submission (the office's Excel format, re-importable); tasks "
                           "not filled in or lacking a reason are listed on stderr and do not stop it."),
    "filler": "name of the person filling in (in the header)",
    "phone": "contact phone (in the header)",
    "output_xlsx": "output file .xlsx",
    "output_package": ("output file: .xlsx, the submission; .zip, the package (submission and the period's "
                       "evidence files)"),
    "output_pdf": "output file .pdf",
    "with": "extra columns, comma-separated: light, reason, indicator",
    "summary": "export the summary xlsx",
    "summary_description": "Export the summary of every task and unit (Excel).",
    "print": "print status sheets to PDF",
    "print_description": "Print a unit's status sheet or one task's history as PDF (A4, with a sign-off block).",
    "unit_print": "print the tasks this unit leads (full or short name)",
    "task": "print this task's history (its number, e.g. 12)",
    "report": "write the report paragraph",
    "report_description": "Print the period's report paragraph on stdout (\"1-5月份，…项重点工作中…\").",
    "bad_args": "bad arguments: ",
    "db_word": "database",
    "fix_in_window": (". The file can be corrected and imported in the window: File → Import; in the import "
                      "preview set each column's meaning, mark rows (task, section, continues the row above, "
                      "not part of the list) and edit cells"),
    "db_missing": "the database file does not exist (import a list first, or check the --db path)",
    "new_db": "created the database {path} (embedded sample: Chizhou 2025, January to May)",
    "no_period": "the database has no period yet",
    "unknown_status": "unknown status: {status} (one of: {choices})",
    "list_sep": ", ",
}

TEXTS = {"zh_CN": ZH, "en": EN}

# argparse's messages -> Chinese; the first pattern that matches the whole message wins
_ZH_MESSAGES = [
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"one of the arguments (.*) is required", "必须给出其中一个参数：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"invalid choice: (.*?) \(choose from (.*)\)", "无效的选择：{0}(可选：{1})"),
    (r"not allowed with argument (.*)", "不能与参数 {0} 同时使用"),
    (r"expected one argument", "需要一个值"),
    (r"expected at most one argument", "最多只能有一个值"),
    (r"expected at least one argument", "至少需要一个值"),
    (r"expected (\d+) arguments?", "需要 {0} 个值"),
    (r"ambiguous option: (.*) could match (.*)", "选项 {0} 有歧义，可能是：{1}"),
    (r"invalid (\S+) value: (.*)", "无效的 {0} 值：{1}"),
    (r"ignored explicit argument (.*)", "多余的值：{0}"),
    (r"unexpected option string: (.*)", "意外的选项：{0}"),
]


def texts(lang: str | None) -> dict:
    return TEXTS.get(lang or "zh_CN", ZH)


def translate_error(message: str, lang: str | None) -> str:
    """argparse's English error message in the CLI's language."""
    if texts(lang) is EN:
        return message
    m = re.fullmatch(r"argument (.+?): (.*)", message, re.DOTALL)
    if m:
        return f"参数 {m.group(1)}：{translate_error(m.group(2), lang)}"
    for pattern, zh in _ZH_MESSAGES:
        m = re.fullmatch(pattern, message, re.DOTALL)
        if m:
            return zh.format(*m.groups())
    return message


# a line may not start with these (Chinese line-breaking rule); they stay on the line before
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)%")
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"  # CJK, full-width forms, CJK punctuation
_TOKENS = rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+"  # compiled on the first wrap (the window's start never wraps)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """Wrap by terminal columns (a hanzi takes two), breaking between hanzi as well as at spaces:
    textwrap breaks only at spaces, so a Chinese help line would never wrap. Closing punctuation
    never starts a line: the character before it moves down with it."""
    lines: list[str] = []
    line: list[str] = []
    for token in re.findall(_TOKENS, " ".join(text.split())):
        if not line and token.isspace():
            continue
        if line and not token.isspace() and display_width("".join(line) + token) > width:
            carried = []
            if token[0] in _NO_LINE_START and len(line) > 1:
                carried = [line.pop()]
            lines.append("".join(line).rstrip())
            line = carried
        line.append(token)
    if "".join(line).strip():
        lines.append("".join(line).rstrip())
    return lines


def lang_of(argv: list[str]) -> str:
    """--lang before the parser is built, so the parser's own words follow it."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in TEXTS else "zh_CN"
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in TEXTS else "zh_CN"
    return "zh_CN"
