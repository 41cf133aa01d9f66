"""The `print` and `report` commands of the CLI (ARCHITECTURE: Command line); heavy imports happen inside."""

_REPORT_HELP = {
    "zh_CN": {"docx": "写出公文格式的 Word 报告(需 -o)", "output": "报告文件 .docx",
              "short": "单位用简称(如 市发改委；简称在“单位名称与简称”中设置)",
              "office": "落款单位(默认：某市人民政府办公室)"},
    "en": {"docx": "write the report as a Word document laid out as a 公文 (needs -o)",
           "output": "the report file, .docx", "short": "short unit names (市发改委), as set per unit",
           "office": "the signing office (default: the city's 人民政府办公室)"},
}


def add_report_options(s) -> None:
    """--docx, -o, --short-names and --office of `report` (cli.py adds the command)."""
    t = _REPORT_HELP.get(getattr(s, "lang", "zh_CN"), _REPORT_HELP["zh_CN"])
    s.add_argument("--docx", action="store_true", help=t["docx"])
    s.add_argument("-o", "--output", metavar="FILE.docx", help=t["output"])
    s.add_argument("--short-names", action="store_true", help=t["short"])
    s.add_argument("--office", metavar="NAME", help=t["office"])


def cmd_report(args) -> int:
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.errors import InputError

    docx, output = getattr(args, "docx", False), getattr(args, "output", None)
    if docx and not output:
        raise InputError("--docx 需要 -o 文件名.docx")
    if output and not docx:
        raise InputError("-o 只用于 --docx(不加 --docx 时报告段落打印在标准输出)")
    if docx and output and not output.lower().endswith(".docx"):
        raise InputError(f"输出文件应为 .docx：{output}")
    with open_db(args) as store:
        key = period_of(store, args.period)
        if docx:
            from chizhou_desk.exports.report_docx import write_report

            result = write_report(store, key, output, short_names=args.short_names, office=args.office)
            print(f"{result.path}: {result.tasks} 项任务，未达预期 {result.missed} 项")
        else:
            from chizhou_desk.narrative import report_text

            print(report_text(store, key, short_names=getattr(args, "short_names", False)))
    return 0


def cmd_print(args) -> int:
    """Write a unit's status sheet or a task's sheet as PDF, offscreen (no window needed)."""
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.errors import InputError

    if not args.output.lower().endswith(".pdf"):
        raise InputError(f"输出文件应为 .pdf：{args.output}")
    with open_db(args) as store:
        key = period_of(store, args.period)
        if args.unit:
            unit = store.resolve_unit(args.unit)
        else:
            store.task_id(args.task, key)  # a clear error for an unknown number, before Qt starts
        from chizhou_desk.gui.print_actions import write_pdf_offscreen

        kind = "unit" if args.unit else "task"
        pages = write_pdf_offscreen(store, kind, key, args.output, unit=args.unit and unit,
                                    task_no=args.task)
    print(f"{args.output}: {pages} 页")
    return 0
