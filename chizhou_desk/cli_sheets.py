"""The `print` and `report` commands of the CLI (DESIGN §7); heavy imports happen inside."""


def cmd_report(args) -> int:
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.narrative import report_text

    with _store(args) as store:
        key = _period(store, args.period)
        print(report_text(store, key))
    return 0


def cmd_print(args) -> int:
    """Write a unit's status sheet or a task's sheet as PDF, offscreen (no window needed)."""
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.errors import InputError

    if not args.output.lower().endswith(".pdf"):
        raise InputError(f"输出文件应为 .pdf: {args.output}")
    with _store(args) as store:
        key = _period(store, args.period)
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
