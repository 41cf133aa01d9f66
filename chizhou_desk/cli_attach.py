"""The `attach` and `attachments` commands (佐证材料, issue 30): the same core functions as the window."""

import json
import sys

_TEXTS = {
    "zh_CN": {
        "attach": "给任务本期的进展附加佐证材料",
        "attach_description": ("把文件(图片、PDF、OFD、Office/WPS 文档、文本)复制进数据库，附在任务本期的进展上；"
                               "每个文件不超过 20 MB，每期合计不超过 200 MB。任一文件不合要求时全部不附加。"),
        "attachments": "列出本期的佐证材料",
        "attachments_description": "列出本期各任务的佐证材料：序号、文件名、大小、sha256。",
        "task": "任务序号，如 12",
        "task_filter": "只列这一项任务的(任务序号)",
        "unit_filter": "只列该单位报送包带来的(办公室的数据库；全称或简称)",
        "files": "要附加的文件",
        "shrink": "把照片缩小到长边 2048 像素(JPEG)后再附加，超过 20 MB 的照片也可附加",
        "json": "输出一个 JSON 数组，每个文件一个对象(task、name、size、sha256)",
        "added": "{no}：已附加 {name}({size})",
        "none": "本期没有佐证材料",
    },
    "en": {
        "attach": "attach evidence files to a task's entry for the period",
        "attach_description": ("Copy files (images, PDF, OFD, Office/WPS documents, text) into the database, "
                               "attached to the task's entry for the period; at most 20 MB a file and "
                               "200 MB a period. When any file is refused, none is attached."),
        "attachments": "list the period's evidence files",
        "attachments_description": "List the period's evidence files per task: number, name, size, sha256.",
        "task": "task number, e.g. 12",
        "task_filter": "only this task's files (task number)",
        "unit_filter": "only the files this unit's package brought (the office's database; full or short name)",
        "files": "files to attach",
        "shrink": "reduce photos to 2048 pixels on the longer side (JPEG) first (a photo over 20 MB then fits)",
        "json": "print one JSON array, one object a file (task, name, size, sha256)",
        "added": "{no}: attached {name} ({size})",
        "none": "no evidence files in this period",
    },
}


def _t(lang) -> dict:
    return _TEXTS.get(lang or "zh_CN", _TEXTS["zh_CN"])


def add_attach_parsers(sub, common, lang: str) -> None:
    from chizhou_desk import cli_texts as T

    t, period = _t(lang), T.texts(lang)["period"]
    s = sub.add_parser("attach", parents=[common], help=t["attach"], description=t["attach_description"])
    s.add_argument("--period", required=True, metavar="KEY", help=period)
    s.add_argument("--task", required=True, metavar="NO", help=t["task"])
    s.add_argument("--shrink", action="store_true", help=t["shrink"])
    s.add_argument("files", nargs="+", metavar="FILE", help=t["files"])
    s = sub.add_parser("attachments", parents=[common], help=t["attachments"],
                       description=t["attachments_description"])
    s.add_argument("--period", required=True, metavar="KEY", help=period)
    s.add_argument("--task", metavar="NO", help=t["task_filter"])
    s.add_argument("--unit", metavar="U", help=t["unit_filter"])
    s.add_argument("--json", action="store_true", help=t["json"])


def size_text(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 2**20:.1f} MB"


def cmd_attach(args) -> int:
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.store_attachments import add, read_files

    t = _t(getattr(args, "lang", None))
    files = read_files(args.files, shrink=args.shrink)  # all read and checked before the database is opened
    with open_db(args) as store:
        key = period_of(store, args.period)
        stored = add(store, store.task_id(args.task, key), key, files)
    for a in stored:
        print(t["added"].format(no=a.task_no, name=a.name, size=size_text(a.size)))
    return 0


def cmd_attachments(args) -> int:
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.store_attachments import listing

    t = _t(getattr(args, "lang", None))
    with open_db(args) as store:
        key = period_of(store, args.period)
        task_id = store.task_id(args.task, key) if args.task else None
        unit = store.resolve_unit(args.unit) if args.unit else None
        files = listing(store, key, task_id, unit)
    if args.json:
        json.dump([a.as_json() for a in files], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif not files:
        print(t["none"], file=sys.stderr)
    for a in files if not args.json else []:
        unit = f"\t{a.unit}" if a.unit else ""
        print(f"{a.task_no}\t{a.name}\t{size_text(a.size)}\t{a.sha256}{unit}")
    return 0
